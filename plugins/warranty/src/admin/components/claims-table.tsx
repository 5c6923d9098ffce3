import { Table, Text } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { formatDate } from "../lib/labels"
import type { Claim } from "../lib/types"
import { ClaimStatusBadge } from "./status-badge"

/** Claims, newest first; a row opens the claim's page. */
export const ClaimsTable = ({ claims, branchNames, empty }: { claims: Claim[]; branchNames?: Map<string, string>; empty: string }) => {
  const navigate = useNavigate()
  if (!claims.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Filed</Table.HeaderCell>
          <Table.HeaderCell>Product</Table.HeaderCell>
          <Table.HeaderCell>Serial</Table.HeaderCell>
          <Table.HeaderCell>Type</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Order</Table.HeaderCell>
          {branchNames && <Table.HeaderCell>Branch</Table.HeaderCell>}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {claims.map((c) => (
          <Table.Row
            key={c.id}
            className="cursor-pointer"
            tabIndex={0}
            onClick={() => navigate(`/warranty/${c.id}`)}
            onKeyDown={(k) => k.key === "Enter" && navigate(`/warranty/${c.id}`)}
          >
            <Table.Cell>{formatDate(c.created_at)}</Table.Cell>
            <Table.Cell>{c.product_title}</Table.Cell>
            <Table.Cell>{c.serial_number}</Table.Cell>
            <Table.Cell>{c.type === "replacement" ? "Replacement" : "Repair"}</Table.Cell>
            <Table.Cell>
              <ClaimStatusBadge status={c.status} />
            </Table.Cell>
            <Table.Cell>{c.order ? `#${c.order.display_id}` : "—"}</Table.Cell>
            {branchNames && <Table.Cell>{branchNames.get(c.stock_location_id) ?? c.stock_location_id}</Table.Cell>}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

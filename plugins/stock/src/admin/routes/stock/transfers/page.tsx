import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { StatusFilter } from "../../../components/status-filter"
import { date, useLocationName, useTransfers } from "../../../lib/api"

export const TRANSFER_COLOR = { pending: "orange", in_transit: "blue", received: "green", canceled: "red" } as Record<string, "orange" | "blue" | "green" | "red">

/** Transfers from or to the branches the staff member may see, newest first. */
const TransfersPage = () => {
  const [status, setStatus] = useState("all")
  const transfers = useTransfers({ ...(status !== "all" ? { status } : {}), limit: "100" })
  const name = useLocationName()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Heading className="mr-auto">Transfers</Heading>
        <StatusFilter value={status} options={["all", "pending", "in_transit", "received", "canceled"]} onChange={setStatus} />
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Number</Table.HeaderCell>
            <Table.HeaderCell>Requested</Table.HeaderCell>
            <Table.HeaderCell>From → to</Table.HeaderCell>
            <Table.HeaderCell>Units</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(transfers.data?.transfers ?? []).map((t) => (
            <Table.Row key={t.id}>
              <Table.Cell>
                <Link to={`/stock/transfers/${t.id}`} className="text-ui-fg-interactive">
                  {t.number}
                </Link>
              </Table.Cell>
              <Table.Cell>{date(t.created_at)}</Table.Cell>
              <Table.Cell>
                {name(t.from_location_id)} → {name(t.to_location_id)}
              </Table.Cell>
              <Table.Cell>{t.lines.reduce((n, l) => n + l.quantity, 0)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={TRANSFER_COLOR[t.status] ?? "grey"}>
                  {t.status.replace("_", " ")}
                </Badge>
                {t.has_discrepancy && (
                  <Badge size="2xsmall" color="red" className="ml-1">
                    discrepancy
                  </Badge>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {transfers.data?.count ?? 0} transfer{transfers.data?.count === 1 ? "" : "s"}
      </Text>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Transfers" })

export default TransfersPage

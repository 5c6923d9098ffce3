import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Choice } from "../../../components/field"
import { useWarrantyAccess } from "../../../lib/access"
import { DISPOSAL_LABELS, formatDate } from "../../../lib/labels"
import { post, useDefectiveUnits, useLocationNames, useWarrantyWrite } from "../../../lib/queries"
import type { DisposalStatus } from "../../../lib/types"

const disposalOptions = Object.entries(DISPOSAL_LABELS).map(([value, label]) => ({ value, label }))

/** Faulty units taken back at a branch, until they go back to the supplier or are disposed of. */
const DefectivePage = () => {
  const { branches, canUpdate } = useWarrantyAccess()
  const names = useLocationNames()
  const [chosen, setChosen] = useState("")
  const locationId = chosen || branches[0]?.stock_location_id
  const units = useDefectiveUnits(locationId)
  const dispose = useWarrantyWrite(
    ({ id, disposal_status }: { id: string; disposal_status: DisposalStatus }) => post(`/admin/kassa/warranty/defective-units/${id}`, { disposal_status }),
    "Disposal recorded"
  )
  const branchOptions = branches.map((b) => ({ value: b.stock_location_id, label: names.data?.get(b.stock_location_id) ?? b.code }))
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Defective stock</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Faulty units replaced under warranty, kept at the branch until they leave.
          </Text>
        </div>
        <div className="w-48">
          <Choice id="kassa-warranty-defective-branch" value={locationId ?? ""} onChange={setChosen} options={branchOptions} />
        </div>
      </div>
      {!units.data?.length ? (
        <Text size="small" className={`px-6 py-4 ${units.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
          {units.error?.message ?? (units.data ? "No defective units at this branch." : locationId ? "Loading…" : "You work at no branch with warranty switched on.")}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Received</Table.HeaderCell>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Serial</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell>Disposal</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {units.data.map((u) => (
              <Table.Row key={u.id}>
                <Table.Cell>{formatDate(u.received_at)}</Table.Cell>
                <Table.Cell>{u.product_title ?? "—"}</Table.Cell>
                <Table.Cell>{u.serial_number}</Table.Cell>
                <Table.Cell>{u.reason}</Table.Cell>
                <Table.Cell>
                  {canUpdate ? (
                    <Choice id={`kassa-warranty-disposal-${u.serial_number}`} value={u.disposal_status} onChange={(v) => dispose.mutate({ id: u.id, disposal_status: v as DisposalStatus })} options={disposalOptions} />
                  ) : (
                    DISPOSAL_LABELS[u.disposal_status]
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export default DefectivePage

import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { DisposeUnit } from "../../../components/dispose-unit"
import { Choice } from "../../../components/field"
import { LogFaultyUnitForm } from "../../../components/log-faulty-unit"
import { useWarrantyAccess } from "../../../lib/access"
import { DISPOSAL_LABELS, formatDate, formatMoney, SOURCE_LABELS } from "../../../lib/labels"
import { useDefectiveReport, useDefectiveUnits, useLocationNames } from "../../../lib/queries"
import { apiUrl } from "../../../lib/sdk"

/** Faulty units at a branch (replaced, returned damaged, found on the shelf) until they are repaired or leave. */
const DefectivePage = () => {
  const { branches, canUpdate } = useWarrantyAccess()
  const names = useLocationNames()
  const [chosen, setChosen] = useState("")
  const locationId = chosen || branches[0]?.stock_location_id
  const units = useDefectiveUnits(locationId)
  const report = useDefectiveReport(locationId)
  const pending = report.data?.branches.find((b) => b.stock_location_id === locationId)
  const branchOptions = branches.map((b) => ({ value: b.stock_location_id, label: names.data?.get(b.stock_location_id) ?? b.code }))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>Defective stock</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Faulty units kept at the branch, out of sellable stock, until they are repaired or leave.
            </Text>
          </div>
          <div className="w-48">
            <Choice id="kassa-warranty-defective-branch" value={locationId ?? ""} onChange={setChosen} options={branchOptions} />
          </div>
        </div>
        {locationId && (
          <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-3">
            <Text size="small">
              Pending: <strong>{pending?.count ?? 0}</strong> unit(s), worth{" "}
              <strong>{pending?.currency_code ? formatMoney(pending.value, pending.currency_code) : pending?.value ?? "0.00"}</strong> at cost
            </Text>
            <a className="txt-compact-small text-ui-fg-interactive" href={apiUrl(`/admin/kassa/warranty/defective-units/report?location_id=${locationId}&format=csv`)}>
              Download report (CSV)
            </a>
          </div>
        )}
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
                <Table.HeaderCell>From</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
                <Table.HeaderCell>Disposal</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {units.data.map((u) => (
                <Table.Row key={u.id}>
                  <Table.Cell>{formatDate(u.received_at)}</Table.Cell>
                  <Table.Cell>{u.product_title ?? "—"}</Table.Cell>
                  <Table.Cell>{u.serial_number ?? "—"}</Table.Cell>
                  <Table.Cell>{SOURCE_LABELS[u.source] ?? u.source}</Table.Cell>
                  <Table.Cell>{u.reason}</Table.Cell>
                  <Table.Cell>
                    {u.disposal_status === "pending" && canUpdate ? (
                      <DisposeUnit unit={u} />
                    ) : (
                      <Badge size="2xsmall" color={u.disposal_status === "pending" ? "orange" : "grey"}>
                        {DISPOSAL_LABELS[u.disposal_status]}
                        {u.rma_number ? ` · ${u.rma_number}` : ""}
                      </Badge>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      {canUpdate && locationId && (
        <Container className="p-0">
          <LogFaultyUnitForm locationId={locationId} />
        </Container>
      )}
    </div>
  )
}

export default DefectivePage

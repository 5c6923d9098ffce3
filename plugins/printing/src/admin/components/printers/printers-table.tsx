import { Button, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { PRINTER_KINDS, type Printer, usePrintingActions } from "./api"
import { PrinterForm } from "./printer-form"
import { PrinterStatus } from "./printer-status"

/** The branch's printers with their status; a manager adds, edits, removes and test-prints them. */
export function PrintersTable({
  locationId,
  printers,
  registers,
  canConfigure,
}: {
  locationId: string
  printers: Printer[]
  registers: { id: string; code: string; name: string }[]
  canConfigure: boolean
}) {
  const actions = usePrintingActions(locationId)
  const [editing, setEditing] = useState<Printer | "new" | null>(null)
  const registerName = (id: string | null) => (id ? (registers.find((r) => r.id === id)?.code ?? id) : "Branch")
  return (
    <div>
      {printers.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Serves</Table.HeaderCell>
              <Table.HeaderCell>Prints to</Table.HeaderCell>
              <Table.HeaderCell>Paper</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              {canConfigure && <Table.HeaderCell />}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {printers.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>
                  {p.name}
                  {p.cash_drawer ? " · drawer" : ""}
                </Table.Cell>
                <Table.Cell>{registerName(p.register_id)}</Table.Cell>
                <Table.Cell>{p.kind === "network" ? `${p.host}:${p.port}` : PRINTER_KINDS[p.kind]}</Table.Cell>
                <Table.Cell>
                  {p.paper_width} mm{p.kind === "network" && !p.has_cutter ? " · no cutter" : ""}
                  {p.kind === "network" && p.code_page ? ` · ${p.code_page}` : ""}
                </Table.Cell>
                <Table.Cell>{p.role}</Table.Cell>
                <Table.Cell>
                  <PrinterStatus printer={p} />
                </Table.Cell>
                {canConfigure && (
                  <Table.Cell className="flex gap-x-1 justify-end">
                    {p.kind === "network" && (
                      <Button size="small" variant="transparent" onClick={() => actions.testPage.mutate(p.id)}>
                        Test page
                      </Button>
                    )}
                    <Button size="small" variant="transparent" onClick={() => setEditing(p)}>
                      Edit
                    </Button>
                    <Button size="small" variant="transparent" onClick={() => window.confirm(`Remove ${p.name}?`) && actions.removePrinter.mutate(p.id)}>
                      Remove
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          No printers: receipts are printed from the counter's browser.
        </Text>
      )}
      {editing ? (
        <PrinterForm
          key={editing === "new" ? "new" : editing.id}
          printer={editing === "new" ? undefined : editing}
          registers={registers}
          onCancel={() => setEditing(null)}
          onSave={(input) =>
            (editing === "new" ? actions.addPrinter.mutateAsync(input) : actions.updatePrinter.mutateAsync({ id: editing.id, ...input })).then(() => setEditing(null), () => undefined)
          }
        />
      ) : (
        canConfigure && (
          <div className="px-6 py-3">
            <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
              Add printer
            </Button>
          </div>
        )
      )}
    </div>
  )
}

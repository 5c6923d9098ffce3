import { Button, DropdownMenu, IconButton, StatusBadge, Table, Text } from "@medusajs/ui"
import { EllipsisHorizontal } from "@medusajs/icons"
import { jobPdfUrl, type PrintJob, type SaleDocument, taskLabel, usePrintingActions, when } from "./api"

const COLORS = { pending: "orange", printing: "blue", done: "green", failed: "red" } as const
// What the job printed; a sale's or return's number follows it.
const KINDS: Record<PrintJob["kind"], string> = {
  receipt: "Receipt",
  reprint: "Reprint",
  test: "Test page",
  label: "Labels",
  return_slip: "Refund slip",
  gift_receipt: "Gift receipt",
  invoice: "Invoice",
  z_report: "Z report",
  claim_slip: "Claim slip",
  installment_slip: "Installment slip",
  preorder_slip: "Pre-order slip",
}
const SALE_DOCUMENTS: SaleDocument[] = ["receipt", "gift_receipt", "invoice"]

/**
 * Print jobs, newest first: what went to which printer, how it went; a PDF printer's document to
 * download, and a sale's receipt, gift receipt or A4 invoice to print again (each where it is routed).
 */
export function JobsTable({ jobs, printerName, branchName }: { jobs: PrintJob[]; printerName: (id: string) => string; branchName: (id: string) => string }) {
  const { reprint } = usePrintingActions()
  if (!jobs.length) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        No print jobs match.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Queued</Table.HeaderCell>
          <Table.HeaderCell>What</Table.HeaderCell>
          <Table.HeaderCell>Branch</Table.HeaderCell>
          <Table.HeaderCell>Printer</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Attempts</Table.HeaderCell>
          <Table.HeaderCell>Last error</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {jobs.map((j) => (
          <Table.Row key={j.id}>
            <Table.Cell>{when(j.created_at)}</Table.Cell>
            <Table.Cell>
              {KINDS[j.kind]} {j.receipt_number ?? ""}
            </Table.Cell>
            <Table.Cell>{branchName(j.stock_location_id)}</Table.Cell>
            <Table.Cell>{printerName(j.printer_id)}</Table.Cell>
            <Table.Cell>
              <StatusBadge color={COLORS[j.status]}>{j.status}</StatusBadge>
            </Table.Cell>
            <Table.Cell>
              {j.attempts} / {j.max_attempts}
            </Table.Cell>
            <Table.Cell className="max-w-[280px] truncate" title={j.last_error ?? ""}>
              {j.last_error ?? "–"}
            </Table.Cell>
            <Table.Cell>
              <div className="flex items-center justify-end gap-x-1">
                {j.format === "pdf" && (
                  <Button size="small" variant="transparent" asChild>
                    <a href={jobPdfUrl(j)} download>
                      PDF
                    </a>
                  </Button>
                )}
                {j.order_id && (
                  <DropdownMenu>
                    <DropdownMenu.Trigger asChild>
                      <IconButton size="small" variant="transparent" disabled={reprint.isPending} aria-label="Print again">
                        <EllipsisHorizontal />
                      </IconButton>
                    </DropdownMenu.Trigger>
                    <DropdownMenu.Content align="end">
                      {SALE_DOCUMENTS.map((document) => (
                        <DropdownMenu.Item key={document} onClick={() => reprint.mutate({ orderId: j.order_id!, document })}>
                          {document === "receipt" ? "Reprint receipt" : `Print ${taskLabel(document).toLowerCase()}`}
                        </DropdownMenu.Item>
                      ))}
                    </DropdownMenu.Content>
                  </DropdownMenu>
                )}
              </div>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

import { useEffect, useState } from "react"
import type { HistoryReceipt } from "../../history/types"
import { Modal } from "../dialogs/modal"
import { usePrintFrame } from "../ops/use-print-frame"
import { api, errorText, pos } from "../lib/api"
import { useBranchClock } from "../lib/branch-clock"
import { DocumentFrame } from "../lib/document-frame"
import { money } from "../lib/format"

/** A receipt again, in the 80 mm frame, printed from it (P). */
function Reprint({ receipt, onClose }: { receipt: HistoryReceipt; onClose: () => void }) {
  const { frame, print } = usePrintFrame()
  return (
    <Modal
      title={`Receipt ${receipt.receipt_number}`}
      onClose={onClose}
      testId="reprint-dialog"
      footer={
        <button className="pay" style={{ height: 48, padding: "0 24px", fontSize: 16 }} onClick={print} data-autofocus>
          Print <kbd className="k">P</kbd>
        </button>
      }
    >
      <DocumentFrame frame={frame} title="Receipt" path={pos(`/sales/${receipt.order_id}/receipt?format=html&layout=thermal`)} />
    </Modal>
  )
}

/**
 * Under the attached customer: their last receipts at the branches this cashier works at
 * (number, date in the branch's time, branch, total), each reprintable. Read again when the
 * customer changes; a receipt only the web made has no counter copy to print.
 */
export function CustomerReceipts({ customerId, locationId }: { customerId: string; locationId: string }) {
  const clock = useBranchClock()
  const [receipts, setReceipts] = useState<HistoryReceipt[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [open, setOpen] = useState<HistoryReceipt | null>(null)
  useEffect(() => {
    let current = true
    setReceipts(null)
    setError(null)
    api<{ receipts: HistoryReceipt[] }>(pos(`/customers/${customerId}/recent-receipts?location_id=${locationId}&limit=5`)).then(
      (r) => current && setReceipts(r.receipts),
      (e) => current && setError(errorText(e))
    )
    return () => {
      current = false
    }
  }, [customerId, locationId])
  if (error) return <div className="customer-receipts muted">{error}</div>
  if (!receipts) return null
  return (
    <div className="customer-receipts" data-testid="customer-receipts">
      <div className="title">{receipts.length ? "Last receipts" : "No receipts yet"}</div>
      {receipts.map((r) => (
        <div className="receipt-row" key={r.order_id}>
          <span>
            <span className="num">{r.receipt_number}</span>
            <span className="sub when">
              {clock.format(r.created_at, "date")} · {r.branch?.code ?? "Web"}
            </span>
          </span>
          <span className="num total">{r.status === "voided" ? <s>{money(r.total)}</s> : money(r.total)}</span>
          {r.kind === "counter" ? (
            <button className="act mini" onClick={() => setOpen(r)} aria-label={`Reprint ${r.receipt_number}`}>
              Reprint
            </button>
          ) : (
            <span />
          )}
        </div>
      ))}
      {open && <Reprint receipt={open} onClose={() => setOpen(null)} />}
    </div>
  )
}

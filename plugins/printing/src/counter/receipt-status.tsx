import type { SaleCompleteProps } from "@kassa/pos/counter"
import { useCallback, useEffect, useState } from "react"
import { printInBrowser } from "./print-in-browser"
import { receiptPrinter, reprint, saleDocumentHtml, saleJobs, type PrintAgain, type PrintJob } from "./print-jobs"

const POLL_MS = 700
// The receipt is queued just after the sale is answered; none by then: no printer serves this counter.
const NO_JOB_AFTER_MS = 6_000
const BUTTON = { height: 34, padding: "0 12px", fontSize: 14 }
const settled = (job: PrintJob) => job.status === "done" || job.status === "failed"

const PRINTED: Partial<Record<PrintJob["kind"], string>> = { receipt: "Receipt printed", reprint: "Printed again", gift_receipt: "Gift receipt printed" }

/**
 * In the sale-complete dialog: whether the receipt printer printed the sale (the newest job,
 * polled until it is done or failed), and buttons to print it again, the customer's copy or a
 * gift receipt or the A4 invoice. Where the branch routes this counter's receipts to the browser on
 * purpose, it says so (the browser's Print prints the receipt); a gift receipt or invoice routed to
 * the browser (or to no printer) is printed from this page. It only reads and asks: the sale is
 * complete whatever the printer does.
 */
export function ReceiptPrintStatus({ api, branch, sale }: SaleCompleteProps) {
  const [job, setJob] = useState<PrintJob | null | undefined>(undefined)
  const [since, setSince] = useState(() => Date.now())
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [browser, setBrowser] = useState<string | null>(null)

  useEffect(() => {
    let gone = false
    receiptPrinter(api, sale.order_id).then(
      (printer) => !gone && setBrowser(printer?.kind === "browser" ? printer.name : null),
      () => undefined
    )
    return () => {
      gone = true
    }
  }, [api, sale.order_id])

  useEffect(() => {
    let gone = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const look = async () => {
      try {
        const [newest] = await saleJobs(api, sale.order_id, branch.stock_location_id)
        if (gone) return
        setJob(newest ?? (Date.now() - since > NO_JOB_AFTER_MS ? null : undefined))
        if (newest ? !settled(newest) : Date.now() - since <= NO_JOB_AFTER_MS) timer = setTimeout(look, POLL_MS)
      } catch (e) {
        if (!gone) setError(e instanceof Error ? e.message : String(e))
      }
    }
    void look()
    return () => {
      gone = true
      clearTimeout(timer)
    }
  }, [api, branch.stock_location_id, sale.order_id, since])

  const again = useCallback(
    async (what: PrintAgain) => {
      setBusy(true)
      setError(null)
      try {
        const { print_job } = await reprint(api, sale.order_id, what)
        if (print_job) {
          setJob(print_job)
          setSince(Date.now())
        } else if (what === "gift" || what === "invoice") {
          printInBrowser(await saleDocumentHtml(api, sale.order_id, what === "gift" ? "gift_receipt" : "invoice"))
        } else setError("this document is routed to the browser: use Print")
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e))
      } finally {
        setBusy(false)
      }
    },
    [api, sale.order_id]
  )

  const documents = (
    <span style={{ display: "flex", gap: 8, flex: "0 0 auto" }}>
      <button className="act" style={BUTTON} disabled={busy} onClick={() => void again("gift")} data-testid="receipt-gift">
        Gift receipt
      </button>
      <button className="act" style={BUTTON} disabled={busy} onClick={() => void again("invoice")} data-testid="receipt-invoice">
        Invoice
      </button>
    </span>
  )
  if ((browser && !job) || (job === null && !error)) {
    // The receipt prints from this browser (routed here, or no printer serves this counter).
    return (
      <div className="notice info" style={{ alignItems: "center" }} role="status" data-testid="receipt-print-status" data-status={browser ? "browser" : "none"}>
        <span>{browser ? `Receipts of this counter print from this browser (${browser}): use Print.` : "No printer at this counter: the receipt prints from this browser."}</span>
        {documents}
      </div>
    )
  }
  const [tone, text] = error
    ? ["error", `Printer: ${error}`]
    : !job
      ? ["info", "Sending the receipt to the printer…"]
      : job.status === "done"
        ? ["success", job.format === "pdf" ? "Kept as a PDF in the print history" : (PRINTED[job.kind] ?? "Printed")]
        : job.status === "failed"
          ? ["error", `Not printed: ${job.last_error ?? "the printer did not answer"}`]
          : job.last_error
            ? ["info", `Printer not reached, trying again (${job.attempts} of ${job.max_attempts}): ${job.last_error}`]
            : ["info", job.status === "printing" ? "Printing…" : "Queued for the printer…"]
  return (
    <div className={`notice ${tone}`} style={{ alignItems: "center" }} role="status" data-testid="receipt-print-status" data-status={error ? "error" : (job?.status ?? "waiting")}>
      <span>{text}</span>
      {job && settled(job) && (
        <span style={{ display: "flex", gap: 8, flex: "0 0 auto" }}>
          <button className="act" style={BUTTON} disabled={busy} onClick={() => void again("reprint")} data-testid="receipt-reprint">
            Reprint
          </button>
          <button className="act" style={BUTTON} disabled={busy} onClick={() => void again("customer")} data-testid="receipt-customer-copy">
            Customer copy
          </button>
        </span>
      )}
      {job && settled(job) && documents}
    </div>
  )
}

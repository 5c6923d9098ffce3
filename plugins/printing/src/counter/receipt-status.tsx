import type { SaleCompleteProps } from "@kassa/pos/counter"
import { useCallback, useEffect, useState } from "react"
import { reprint, saleJobs, type PrintJob } from "./print-jobs"

const POLL_MS = 700
// The receipt is queued just after the sale is answered; none by then: no printer serves this counter.
const NO_JOB_AFTER_MS = 6_000
const BUTTON = { height: 34, padding: "0 12px", fontSize: 14 }
const settled = (job: PrintJob) => job.status === "done" || job.status === "failed"

/**
 * In the sale-complete dialog: whether the receipt printer printed the sale (the newest job,
 * polled until it is done or failed), and buttons to print it again or print the customer's copy.
 * It only reads and asks: the sale is complete whatever the printer does.
 */
export function ReceiptPrintStatus({ api, branch, sale }: SaleCompleteProps) {
  const [job, setJob] = useState<PrintJob | null | undefined>(undefined)
  const [since, setSince] = useState(() => Date.now())
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

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
    async (copy?: "customer") => {
      setBusy(true)
      setError(null)
      try {
        setJob((await reprint(api, sale.order_id, copy)).print_job)
        setSince(Date.now())
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e))
      } finally {
        setBusy(false)
      }
    },
    [api, sale.order_id]
  )

  if (job === null && !error) return null // no receipt printer here: the browser's Print is the way
  const [tone, text] = error
    ? ["error", `Printer: ${error}`]
    : !job
      ? ["info", "Sending the receipt to the printer…"]
      : job.status === "done"
        ? ["success", job.kind === "receipt" ? "Receipt printed" : "Printed again"]
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
          <button className="act" style={BUTTON} disabled={busy} onClick={() => void again()} data-testid="receipt-reprint">
            Reprint
          </button>
          <button className="act" style={BUTTON} disabled={busy} onClick={() => void again("customer")} data-testid="receipt-customer-copy">
            Customer copy
          </button>
        </span>
      )}
    </div>
  )
}

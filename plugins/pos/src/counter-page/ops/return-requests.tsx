import { useEffect, useState } from "react"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { DocumentFrame } from "../lib/document-frame"
import { followEvents } from "../lib/event-stream"
import { money } from "../lib/format"
import type { TenderOption } from "../lib/types"
import { emptyPayment, PaymentFields, paymentBody } from "./payment-fields"
import { PrintFooter } from "./print-footer"
import type { CounterReturn, ReturnRequest } from "./types"
import { usePrintFrame } from "./use-print-frame"

/** A return or exchange sent for approval: its number, and the slip the customer keeps (nothing was refunded or handed over). */
export function RequestSent({ request, onDone }: { request: ReturnRequest; onDone: () => void }) {
  const { frame, print } = usePrintFrame()
  return (
    <Modal title="Sent for approval" wide onClose={onDone} testId="request-sent" footer={<PrintFooter onPrint={print} onDone={onDone} />}>
      <div className="report-grid">
        <div className="ops-form">
          <div className="done-head">
            <div>
              <div style={{ fontSize: 20, fontWeight: 700 }}>Request {request.number}</div>
              <div className="muted">
                {request.kind === "exchange"
                  ? `The exchange waits for a manager. Nothing is handed over, refunded or restocked yet: once approved, it appears under "Approved requests" here to complete.`
                  : `${money(Number(request.refund_total))} waits for a manager. Nothing is refunded or restocked yet: once approved, it appears under "Approved requests" here to complete.`}
              </div>
            </div>
          </div>
        </div>
        <DocumentFrame frame={frame} title="Return request slip" path={pos(`/return-requests/${request.id}/slip?format=html`)} />
      </div>
    </Modal>
  )
}

/**
 * The requests a manager approved at this branch, read again as soon as the branch's feed says a
 * request was approved, rejected or completed (and on connecting); a slow read every minute
 * covers a feed that is down.
 */
export function useApprovedRequests(locationId: string) {
  const [requests, setRequests] = useState<ReturnRequest[]>([])
  useEffect(() => {
    let live = true
    const load = () =>
      api<{ return_requests: ReturnRequest[] }>(pos(`/return-requests?location_id=${locationId}&status=approved&limit=20`)).then(
        (r) => live && setRequests(r.return_requests),
        () => undefined
      )
    const stop = followEvents(pos(`/return-requests/feed?location_id=${locationId}`), { onMessage: () => void load(), onConnected: () => undefined })
    const timer = setInterval(load, 60000)
    return () => {
      live = false
      stop()
      clearInterval(timer)
    }
  }, [locationId])
  return requests
}

/** On the counter's screen: approved requests waiting for their customer, and the key that completes them. */
export function ApprovedRequestsNotice({ locationId, onOpen }: { locationId: string; onOpen: () => void }) {
  const requests = useApprovedRequests(locationId)
  if (!requests.length) return null
  return (
    <div className="notice info" role="status" data-testid="approved-requests-notice">
      <span>
        {requests.length === 1 ? `Return request ${requests[0].number} is approved` : `${requests.length} return requests are approved`}: complete when the customer is here.
      </span>
      <button className="act" style={{ height: 26, padding: "0 8px" }} onClick={onOpen}>
        Alt+R
      </button>
    </div>
  )
}

type ListProps = { locationId: string; registerId: string; tenders: TenderOption[]; onCompleted: (record: CounterReturn, change: number | null) => void }

/** What the customer pays on an exchange request (new goods less what comes back, as priced when asked); 0 for a return or a refund. */
const dueOn = (r: ReturnRequest) => (r.kind === "exchange" && r.new_total != null ? Math.max(Math.round((Number(r.new_total) - Number(r.refund_total)) * 100) / 100, 0) : 0)

/**
 * Requests a manager approved at this branch (useApprovedRequests): Complete makes the return or
 * exchange now (stock back and out, the refund paid), under the request's own key on the server.
 * An exchange the customer pays on first asks how they pay.
 */
export function ApprovedRequests({ locationId, registerId, tenders, onCompleted }: ListProps) {
  const requests = useApprovedRequests(locationId)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [paying, setPaying] = useState<string | null>(null)
  const [payment, setPayment] = useState(emptyPayment)

  const complete = async (request: ReturnRequest) => {
    if (busy) return
    const due = dueOn(request)
    if (due > 0 && paying !== request.id) {
      setPaying(request.id)
      setPayment(emptyPayment())
      return
    }
    if (due > 0 && payment.method === "card" && !/^\d{4}$/.test(payment.card_last4)) return setError("Enter the card's last four digits")
    setBusy(request.id)
    setError(null)
    try {
      const body = { register_id: registerId, ...(due > 0 ? { payment: paymentBody(payment) } : {}) }
      const res = await api<{ return: CounterReturn; change?: string }>(pos(`/return-requests/${request.id}/complete`), { method: "POST", body })
      onCompleted(res.return, res.change != null ? Number(res.change) : null)
    } catch (e) {
      setError(errorText(e))
      setBusy(null)
    }
  }

  if (!requests.length) return null
  return (
    <div data-testid="approved-requests">
      <span className="field-label">Approved requests</span>
      {/* Not `.list`: its rule makes every button a full-width row, and Complete must read as a button. */}
      <div className="request-list" aria-label="Approved return requests">
        {requests.map((r) => {
          const due = dueOn(r)
          return (
            <div key={r.id}>
              <div className="request-row">
                <span className="request-what">
                  <b className="num">{r.number}</b>
                  <span className="muted">
                    {r.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}
                    {r.new_lines ? ` for ${r.new_lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}` : ""}
                    {r.decided_by_name ? ` · approved by ${r.decided_by_name}` : ""}
                  </span>
                </span>
                <span className="num request-amount">
                  {r.kind === "exchange" ? (due > 0 ? `pays ${money(due)}` : `refund ${money(Math.max(Number(r.refund_total) - Number(r.new_total ?? 0), 0))}`) : money(Number(r.refund_total))}
                </span>
                {paying !== r.id && (
                  <button type="button" className="act request-complete" disabled={!!busy} onClick={() => void complete(r)}>
                    {busy === r.id ? "Working…" : "Complete"}
                  </button>
                )}
              </div>
              {paying === r.id && due > 0 && (
                <div className="ops-form" style={{ padding: "0 14px 12px" }}>
                  <PaymentFields tenders={tenders} due={due} value={payment} onChange={setPayment} />
                  <div style={{ display: "flex", gap: 8, justifyContent: "flex-end" }}>
                    <button type="button" className="act request-complete" disabled={!!busy} onClick={() => setPaying(null)}>
                      Cancel
                    </button>
                    <button type="button" className="pay" style={{ height: 40, padding: "0 18px", fontSize: 16 }} disabled={!!busy} onClick={() => void complete(r)}>
                      {busy === r.id ? "Working…" : `Take ${money(due)} and complete`}
                    </button>
                  </div>
                </div>
              )}
            </div>
          )
        })}
      </div>
      {error && <div className="error-text">{error}</div>}
    </div>
  )
}

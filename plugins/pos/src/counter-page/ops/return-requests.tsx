import { useEffect, useState } from "react"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { DocumentFrame } from "../lib/document-frame"
import { money } from "../lib/format"
import { PrintFooter } from "./print-footer"
import type { CounterReturn, ReturnRequest } from "./types"
import { usePrintFrame } from "./use-print-frame"

/** A return sent for approval: its number, and the slip the customer keeps (nothing was refunded). */
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
                {`${money(Number(request.refund_total))} waits for a manager. Nothing is refunded or restocked yet: once approved, it appears under "Approved requests" here to complete.`}
              </div>
            </div>
          </div>
        </div>
        <DocumentFrame frame={frame} title="Return request slip" path={pos(`/return-requests/${request.id}/slip?format=html`)} />
      </div>
    </Modal>
  )
}

type ListProps = { locationId: string; registerId: string; onCompleted: (record: CounterReturn) => void }

/**
 * Requests a manager approved at this branch, read again every 15 s: Complete makes the return
 * now (stock back, the refund paid), under the request's own key on the server.
 */
export function ApprovedRequests({ locationId, registerId, onCompleted }: ListProps) {
  const [requests, setRequests] = useState<ReturnRequest[]>([])
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const load = () =>
      api<{ return_requests: ReturnRequest[] }>(pos(`/return-requests?location_id=${locationId}&status=approved&limit=20`)).then(
        (r) => live && setRequests(r.return_requests),
        () => undefined
      )
    void load()
    const timer = setInterval(load, 15000)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [locationId])

  const complete = async (request: ReturnRequest) => {
    if (busy) return
    setBusy(request.id)
    setError(null)
    try {
      const res = await api<{ return: CounterReturn }>(pos(`/return-requests/${request.id}/complete`), { method: "POST", body: { register_id: registerId } })
      onCompleted(res.return)
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
        {requests.map((r) => (
          <div key={r.id} className="request-row">
            <span className="request-what">
              <b className="num">{r.number}</b>
              <span className="muted">
                {r.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}
                {r.decided_by_name ? ` · approved by ${r.decided_by_name}` : ""}
              </span>
            </span>
            <span className="num request-amount">{money(Number(r.refund_total))}</span>
            <button type="button" className="act request-complete" disabled={!!busy} onClick={() => void complete(r)}>
              {busy === r.id ? "Working…" : "Complete"}
            </button>
          </div>
        ))}
      </div>
      {error && <div className="error-text">{error}</div>}
    </div>
  )
}

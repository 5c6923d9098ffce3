import { useState } from "react"
import { ApprovalFields, type Approval } from "../dialogs/approval-fields"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { DocumentFrame } from "../lib/document-frame"
import { money } from "../lib/format"
import { requestKey, settleRequestKey } from "../lib/request-key"
import type { Me } from "../lib/types"
import { askedForManager, may } from "./manager-approval"
import type { FoundSale } from "./types"
import { usePrintFrame } from "./use-print-frame"
import { PrintFooter } from "./print-footer"
import { ReasonField } from "./reason-field"

const REASONS = ["Rang up by mistake", "Wrong payment taken", "Customer left without the goods"]

type Props = { me: Me; sale: FoundSale; onBack: () => void; onDone: () => void }

/**
 * Voids a sale of today while the drawer is open: the order is canceled, its stock restored and
 * its payments reversed; the receipt is marked VOID. A cashier without pos:void needs a manager's PIN.
 */
export function VoidSaleDialog({ me, sale, onBack, onDone }: Props) {
  const [reason, setReason] = useState("")
  const [approval, setApproval] = useState<Approval | null>(() => (may(me, "pos:void") ? null : { staff_id: "", pin: "" }))
  const [error, setError] = useState<string | null>(null)
  // The last try's complaint (often the missing reason) is stale once the reason changes.
  const changeReason = (r: string) => {
    setReason(r)
    setError(null)
  }
  const [busy, setBusy] = useState(false)
  const [voided, setVoided] = useState(false)
  const { frame, print } = usePrintFrame()

  const submit = async () => {
    if (busy) return
    if (reason.trim().length < 3) return setError("Give the reason for the void")
    setBusy(true)
    setError(null)
    try {
      const body = { reason: reason.trim(), ...(approval?.staff_id && approval.pin ? { approval } : {}) }
      await api(pos(`/sales/${sale.order_id}/void`), { method: "POST", body, headers: { "idempotency-key": requestKey(`void:${sale.order_id}`, body) } })
      settleRequestKey(`void:${sale.order_id}`)
      setVoided(true)
    } catch (e) {
      if (askedForManager(e)) {
        setApproval((a) => a ?? { staff_id: "", pin: "" })
        setError("A manager approves a void: their staff ID and PIN, then Enter")
      } else setError(errorText(e))
    } finally {
      setBusy(false)
    }
  }

  if (voided) {
    return (
      <Modal
        title="Sale voided"
        wide
        onClose={onDone}
        testId="void-done"
        footer={<PrintFooter onPrint={print} onDone={onDone} />}
      >
        <div className="report-grid">
          <div className="ops-form">
            <div className="done-head">
              <div className="tick void">✕</div>
              <div>
                <div style={{ fontSize: 20, fontWeight: 700 }}>Sale {sale.receipt_number} voided</div>
                <div className="muted">Its {money(sale.total)} goes back to the customer as it was paid; the stock is back on the shelf.</div>
              </div>
            </div>
          </div>
          <DocumentFrame frame={frame} title="Voided receipt" path={pos(`/sales/${sale.order_id}/receipt?format=html&layout=thermal`)} />
        </div>
      </Modal>
    )
  }

  return (
    <Modal
      title={`Void sale ${sale.receipt_number}`}
      onClose={onBack}
      testId="void-sale"
      footer={
        <>
          <button className="act" style={{ padding: "0 18px" }} onClick={onBack}>
            Back
          </button>
          <button className="pay danger" style={{ height: 52, padding: "0 28px", fontSize: 18 }} onClick={() => void submit()} disabled={busy}>
            {busy ? "Voiding…" : `Void ${money(sale.total)}`} <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <form
        className="ops-form"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="notice error">The whole sale is canceled: stock goes back, payments are reversed and the receipt is marked VOID. Its number is never used again.</div>
        <ReasonField label="Void reason" reasons={REASONS} value={reason} onChange={changeReason} />
        {approval && <ApprovalFields value={approval} onChange={setApproval} locationId={sale.stock_location_id} policy="pos:void" />}
        {error && (
          <div className="error-text" role="alert">
            {error}
          </div>
        )}
        <button type="submit" hidden />
      </form>
    </Modal>
  )
}

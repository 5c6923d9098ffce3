import { useState } from "react"
import { Modal } from "../dialogs/modal"
import { api, errorText, pos } from "../lib/api"
import { money, parseAmount } from "../lib/format"
import { ReasonField } from "./reason-field"

type Props = { sessionId: string; type: "in" | "out"; onDone: (text: string) => void; onBack: () => void }

const REASONS = { in: ["Change fund", "Float top-up"], out: ["Bank drop", "Petty cash", "Supplier paid"] }

/** Cash put into or taken out of the open drawer, with its reason (both on the X and Z reports). */
export function CashMovementDialog({ sessionId, type: initial, onDone, onBack }: Props) {
  const [type, setType] = useState(initial)
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  // The last try's complaint (often the missing reason) is stale once the reason changes.
  const changeReason = (r: string) => {
    setReason(r)
    setError(null)
  }
  const [busy, setBusy] = useState(false)

  const save = async () => {
    const value = parseAmount(amount)
    if (!(value > 0)) return setError("Enter the amount")
    if (reason.trim().length < 3) return setError("Say why the cash goes " + type)
    setBusy(true)
    setError(null)
    try {
      await api(pos(`/drawer-sessions/${sessionId}/cash-movements`), { method: "POST", body: { type, amount: value, reason: reason.trim() } })
      onDone(`Cash ${type} ${money(value)}: ${reason.trim()}`)
    } catch (e) {
      setError(errorText(e))
      setBusy(false)
    }
  }

  return (
    <Modal
      title="Cash in or out"
      onClose={onBack}
      testId="cash-movement-dialog"
      footer={
        <>
          <button className="act" style={{ padding: "0 18px" }} onClick={onBack}>
            Back
          </button>
          <button className="pay" style={{ height: 48, padding: "0 24px", fontSize: 17 }} onClick={() => void save()} disabled={busy}>
            Record cash {type} <kbd className="k">Enter</kbd>
          </button>
        </>
      }
    >
      <form
        className="ops-form"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <div className="segmented" role="tablist" aria-label="Cash in or out">
          {(["in", "out"] as const).map((t) => (
            <button type="button" key={t} role="tab" aria-selected={type === t} className={type === t ? "on" : ""} onClick={() => setType(t)}>
              {t === "in" ? "Cash in" : "Cash out"}
            </button>
          ))}
        </div>
        <label>
          <span className="field-label">Amount</span>
          <input className="big-input num" aria-label="Amount" inputMode="decimal" placeholder={money(0)} value={amount} onChange={(e) => setAmount(e.target.value)} />
        </label>
        <ReasonField label="Reason" reasons={REASONS[type]} value={reason} onChange={changeReason} small={false} />
        {error && <div className="error-text">{error}</div>}
        <button type="submit" hidden />
      </form>
    </Modal>
  )
}

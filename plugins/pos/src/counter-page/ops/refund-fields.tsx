import type { TenderOption } from "../lib/types"

export type Refund = { method: string; card_last4: string; reference: string }

export const emptyRefund = (): Refund => ({ method: "cash", card_last4: "", reference: "" })

/** The refund as the return route takes it: cash, the original card (last four digits), or another method with its reference. */
export const refundBody = (r: Refund) => ({
  method: r.method,
  ...(r.method === "card" ? { card_last4: r.card_last4 } : {}),
  ...(r.method !== "cash" && r.reference.trim() ? { reference: r.reference.trim() } : {}),
})

type Props = { tenders: TenderOption[]; value: Refund; onChange: (r: Refund) => void }

/** How the money goes back: the branch's tenders that can pay a refund (a plugin's, e.g. store credit, where it can). */
export function RefundFields({ tenders, value, onChange }: Props) {
  return (
    <>
      <div className="segmented" role="tablist" aria-label="Refund by">
        {tenders
          .filter((t) => t.refundable)
          .map((t) => (
            <button type="button" key={t.id} role="tab" aria-selected={value.method === t.id} className={value.method === t.id ? "on" : ""} onClick={() => onChange({ ...value, method: t.id })}>
              {t.label}
            </button>
          ))}
      </div>
      {value.method !== "cash" && (
        <div className="row">
          {value.method === "card" && (
            <label>
              <span className="field-label">Card's last 4 digits</span>
              <input className="big-input num small" aria-label="Refund card last four digits" maxLength={4} value={value.card_last4} onChange={(e) => onChange({ ...value, card_last4: e.target.value.replace(/\D/g, "") })} />
            </label>
          )}
          <label>
            <span className="field-label">Reference</span>
            <input className="big-input text small" aria-label="Refund reference" value={value.reference} onChange={(e) => onChange({ ...value, reference: e.target.value })} />
          </label>
        </div>
      )}
    </>
  )
}

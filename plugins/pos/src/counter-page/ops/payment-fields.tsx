import { money, parseAmount } from "../lib/format"
import type { TenderOption } from "../lib/types"

export type Payment = { method: string; tendered: string; card_last4: string; reference: string }

export const emptyPayment = (): Payment => ({ method: "cash", tendered: "", card_last4: "", reference: "" })

/** The exchange's `payment`: one tender for the difference; cash with what was handed over (empty: exact). */
export const paymentBody = (p: Payment) => ({
  method: p.method,
  ...(p.method === "cash" && p.tendered.trim() ? { tendered: parseAmount(p.tendered) } : {}),
  ...(p.method === "card" ? { card_last4: p.card_last4 } : {}),
  ...(p.method !== "cash" && p.reference.trim() ? { reference: p.reference.trim() } : {}),
})

type Props = { tenders: TenderOption[]; due: number; value: Payment; onChange: (p: Payment) => void }

/** What the customer pays on top of an exchange, in one tender; cash shows the change. */
export function PaymentFields({ tenders, due, value, onChange }: Props) {
  const tendered = value.tendered.trim() ? parseAmount(value.tendered) : due
  const change = Math.round((tendered - due) * 100) / 100
  return (
    <>
      <div className="segmented" role="tablist" aria-label="Customer pays by">
        {tenders
          .filter((t) => !t.holds_goods)
          .map((t) => (
            <button type="button" key={t.id} role="tab" aria-selected={value.method === t.id} className={value.method === t.id ? "on" : ""} onClick={() => onChange({ ...value, method: t.id })}>
              {t.label}
            </button>
          ))}
      </div>
      {value.method === "cash" ? (
        <>
          <label>
            <span className="field-label">Cash handed over (empty: exact)</span>
            <input className="big-input num small" aria-label="Cash handed over" inputMode="decimal" placeholder={due.toFixed(2)} value={value.tendered} onChange={(e) => onChange({ ...value, tendered: e.target.value })} />
          </label>
          <div className={change < 0 || Number.isNaN(change) ? "change short compact" : "change compact"}>
            <span className="label">{change < 0 ? "Short" : "Change"}</span>
            <span className="amount num">{Number.isNaN(change) ? "—" : money(Math.abs(change))}</span>
          </div>
        </>
      ) : (
        <div className="row">
          {value.method === "card" && (
            <label>
              <span className="field-label">Card's last 4 digits</span>
              <input className="big-input num small" aria-label="Card last four digits" maxLength={4} value={value.card_last4} onChange={(e) => onChange({ ...value, card_last4: e.target.value.replace(/\D/g, "") })} />
            </label>
          )}
          <label>
            <span className="field-label">Reference</span>
            <input className="big-input text small" aria-label="Payment reference" value={value.reference} onChange={(e) => onChange({ ...value, reference: e.target.value })} />
          </label>
        </div>
      )}
    </>
  )
}

import { money } from "../lib/format"
import type { ReturnLineInput, SaleLine } from "./types"

export type Picks = Record<string, Omit<ReturnLineInput, "item_id">>

/** What a line refunds per unit (VAT and discounts included), for the preview: the server settles the exact amount. */
export const unitValue = (line: SaleLine) => (line.returnable > 0 ? Number(line.refundable) / line.returnable : 0)

type Props = { lines: SaleLine[]; picks: Picks; onChange: (picks: Picks) => void }

/** The sale's lines: how many of each come back (up to what is still returnable) and in what condition. */
export function ReturnLines({ lines, picks, onChange }: Props) {
  const set = (line: SaleLine, change: Partial<Picks[string]>) => {
    const current = picks[line.item_id] ?? { quantity: 0, condition: "resellable" as const }
    const next = { ...current, ...change }
    onChange({ ...picks, [line.item_id]: { ...next, quantity: Math.min(Math.max(next.quantity, 0), line.returnable) } })
  }
  return (
    <table className="ret-lines" aria-label="Sale lines">
      <thead>
        <tr>
          <th>Item</th>
          <th style={{ width: 130 }}>Back</th>
          <th style={{ width: 190 }}>Condition</th>
          <th className="r" style={{ width: 110 }}>
            Refund
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => {
          const pick = picks[l.item_id] ?? { quantity: 0, condition: "resellable" }
          return (
            <tr key={l.item_id} className={pick.quantity ? "picked" : ""} data-testid="return-line">
              <td>
                <div className="title">{l.title}</div>
                <div className="muted">
                  {l.variant_title} · {l.quantity} sold
                  {l.returnable > 0 && ` · ${money(unitValue(l))} each`}
                  {l.returnable < l.quantity && ` · ${l.quantity - l.returnable} already returned`}
                </div>
              </td>
              <td>
                {l.returnable > 0 ? (
                  <span className="qty">
                    <button type="button" aria-label="One less back" onClick={() => set(l, { quantity: pick.quantity - 1 })}>
                      −
                    </button>
                    <input
                      className="num"
                      aria-label={`Quantity back: ${l.title}`}
                      inputMode="numeric"
                      value={pick.quantity || ""}
                      placeholder="0"
                      onChange={(e) => set(l, { quantity: Number(e.target.value.replace(/\D/g, "")) || 0 })}
                      onFocus={(e) => e.currentTarget.select()}
                    />
                    <button type="button" aria-label="One more back" onClick={() => set(l, { quantity: pick.quantity + 1 })}>
                      +
                    </button>
                  </span>
                ) : (
                  <span className="muted">all returned</span>
                )}
              </td>
              <td>
                {l.returnable > 0 && (
                  <div className="segmented small" role="radiogroup" aria-label={`Condition: ${l.title}`}>
                    {(["resellable", "damaged"] as const).map((c) => (
                      <button type="button" key={c} role="radio" aria-checked={pick.condition === c} className={pick.condition === c ? "on" : ""} onClick={() => set(l, { condition: c })}>
                        {c === "resellable" ? "Resellable" : "Damaged"}
                      </button>
                    ))}
                  </div>
                )}
              </td>
              <td className="r num">{pick.quantity ? money(unitValue(l) * pick.quantity) : ""}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

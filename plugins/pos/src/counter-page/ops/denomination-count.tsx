import { money } from "../lib/format"

/** The peso's bills and coins; ₱20 exists as both, so they are counted apart and added up. */
const BILLS = ["1000", "500", "200", "100", "50", "20"]
const COINS = ["20", "10", "5", "1", "0.25"]

type Kind = "bills" | "coins"
/** What was typed per denomination, bills and coins apart. */
export type Count = Record<Kind, Record<string, string>>

export const emptyCount = (): Count => ({ bills: {}, coins: {} })

const pieces = (text: string | undefined) => Math.max(0, Math.floor(Number(text) || 0))
// In centavos, so 0.25 coins add up exactly.
const centavos = (denomination: string, text: string | undefined) => Math.round(Number(denomination) * 100) * pieces(text)

export const countTotal = (c: Count) =>
  (BILLS.reduce((n, d) => n + centavos(d, c.bills[d]), 0) + COINS.reduce((n, d) => n + centavos(d, c.coins[d]), 0)) / 100

/** The close's `denominations`: denomination → pieces, the ₱20 bills and coins together. */
export function denominationsBody(c: Count) {
  const body: Record<string, number> = {}
  for (const kind of ["bills", "coins"] as const) {
    for (const [d, text] of Object.entries(c[kind])) if (pieces(text)) body[d] = (body[d] ?? 0) + pieces(text)
  }
  return body
}

const face = (d: string) => (Number(d) < 1 ? `${Number(d) * 100}¢` : `₱${Number(d).toLocaleString("en-PH")}`)

type Props = { count: Count; onChange: (c: Count) => void; onLast: () => void }

/** Bills and coins with a count each and its value; Enter moves to the next count (the last: on to closing). */
export function DenominationCount({ count, onChange, onLast }: Props) {
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return
    e.preventDefault()
    const fields = [...(e.currentTarget.closest(".denoms")?.querySelectorAll<HTMLInputElement>("input") ?? [])]
    const next = fields[fields.indexOf(e.currentTarget) + 1]
    if (next) next.focus()
    else onLast()
  }
  const column = (kind: Kind, list: string[]) => (
    <div className="denom-col">
      <div className="field-label">{kind === "bills" ? "Bills" : "Coins"}</div>
      {list.map((d) => (
        <label key={d} className="denom">
          <span className="face">{face(d)}</span>
          <span className="times">×</span>
          <input
            className="num"
            aria-label={`${d} ${kind}`}
            inputMode="numeric"
            placeholder="0"
            value={count[kind][d] ?? ""}
            onChange={(e) => onChange({ ...count, [kind]: { ...count[kind], [d]: e.target.value.replace(/\D/g, "") } })}
            onKeyDown={onKey}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span className="value num">{pieces(count[kind][d]) ? money(centavos(d, count[kind][d]) / 100) : ""}</span>
        </label>
      ))}
    </div>
  )
  return (
    <div className="denoms">
      {column("bills", BILLS)}
      {column("coins", COINS)}
    </div>
  )
}

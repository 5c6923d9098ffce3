import { money } from "../lib/format"
import type { DrawerFigures } from "./types"

export const methodLabel = (method: string) => method.charAt(0).toUpperCase() + method.slice(1).replace(/_/g, " ")

function Row({ label, value, minus, strong, sub }: { label: string; value: string; minus?: boolean; strong?: boolean; sub?: boolean }) {
  const cls = [strong ? "strong" : "", sub ? "sub" : ""].join(" ")
  return (
    <>
      <span className={cls}>{label}</span>
      <span className={`v ${cls}`}>
        {minus && Number(value) > 0 ? "−" : ""}
        {money(value)}
      </span>
    </>
  )
}

/** A session's figures as the screen reads them (the printed report is the server's, beside it). */
export function ReportFigures({ figures: f }: { figures: DrawerFigures }) {
  return (
    <div className="figures num" data-testid="report-figures">
      <h3>Sales</h3>
      <Row label={`Sales (${f.sales.count})`} value={f.sales.amount} strong />
      {f.tenders.map((t) => (
        <Row key={t.method} label={`${methodLabel(t.method)} (${t.count})`} value={t.amount} sub />
      ))}
      <Row label="VAT included" value={f.sales.tax_total} sub />
      <Row label="Discounts given" value={f.sales.discount_total} sub />
      <Row label={`Voids (${f.voids.count})`} value={f.voids.amount} />
      <Row label={`Returns (${f.returns.count})`} value={f.returns.amount} />
      {f.staff.length > 1 &&
        f.staff.map((s) => <Row key={s.staff_member_id} label={`${s.name} (${s.count})`} value={s.amount} sub />)}

      <h3>Cash drawer</h3>
      <Row label="Opening float" value={f.cash.opening_float} />
      <Row label="Cash sales" value={f.cash.cash_sales} />
      {Number(f.cash.cash_exchanges) > 0 && <Row label="Cash paid on exchanges" value={f.cash.cash_exchanges} />}
      <Row label="Cash refunds" value={f.cash.cash_refunds} minus />
      <Row label="Cash in" value={f.cash.cash_in} />
      <Row label="Cash out" value={f.cash.cash_out} minus />
      {f.movements.map((m, i) => (
        <Row key={i} label={`${m.type === "in" ? "In" : "Out"}: ${m.reason}`} value={m.amount} minus={m.type === "out"} sub />
      ))}
      <Row label="Expected in drawer" value={f.cash.expected} strong />
    </div>
  )
}

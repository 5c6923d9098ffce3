import { center, php, row, rule } from "../receipts/text-document"
import type { DrawerFigures } from "./figures"

/** `as_of`: when an X report's figures were taken (a Z report's are the close's). */
export type ReportHeading = { kind: "X" | "Z"; number: number | null; branch: string; register: string; as_of: Date; timezone: string }

// Printers know a plain space, not ICU's no-break ones (as on receipts, receipts/format.ts).
const whenIn = (timezone: string, iso: string | null) =>
  iso ? new Intl.DateTimeFormat("en-PH", { timeZone: timezone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)).replace(/[\u00a0\u202f]/g, " ") : "-"

/** The line only a printed copy carries: a preview on screen has not been printed. */
export const printedLine = (at: Date, timezone: string) => row("Printed", whenIn(timezone, at.toISOString()))

/**
 * An X or Z report as the 42 columns a thermal printer prints (see text-document). Amounts stay the exact decimal strings of the figures.
 */
export function drawerReportLines(f: DrawerFigures, h: ReportHeading): string[] {
  const when = (iso: string | null) => whenIn(h.timezone, iso)
  return [
    center(h.kind === "Z" ? `Z REPORT #${h.number}` : "X REPORT (session still open)"),
    center(h.branch),
    center(`Register ${h.register}`),
    rule,
    row("Opened", when(f.session.opened_at)),
    h.kind === "Z" ? row("Closed", when(f.session.closed_at)) : row("As of", when(h.as_of.toISOString())),
    rule,
    row(`Sales (${f.sales.count})`, php(f.sales.amount)),
    row("  VAT included", php(f.sales.tax_total)),
    row("  Discounts given", php(f.sales.discount_total)),
    row(`Voids (${f.voids.count})`, php(f.voids.amount)),
    row(`Returns (${f.returns.count})`, php(f.returns.amount)),
    ...f.returns.by_method.map((r) => row(`  refunded ${r.method} (${r.count})`, php(r.amount))),
    rule,
    "By tender",
    ...f.tenders.map((t) => row(`  ${t.method} (${t.count})`, php(t.amount))),
    "By staff",
    ...f.staff.map((s) => row(`  ${s.name} (${s.count})`, php(s.amount))),
    rule,
    "Cash drawer",
    row("  Opening float", php(f.cash.opening_float)),
    row("  Cash sales", php(f.cash.cash_sales)),
    row("  Cash paid on exchanges", php(f.cash.cash_exchanges)),
    row("  Cash refunds", php(f.cash.cash_refunds)),
    row("  Cash in", php(f.cash.cash_in)),
    row("  Cash out", php(f.cash.cash_out)),
    ...f.movements.map((m) => row(`    ${m.type === "in" ? "+" : "-"} ${m.reason}`, php(m.amount))),
    row("  Expected in drawer", php(f.cash.expected)),
    ...(f.cash.counted == null ? [] : [row("  Counted", php(f.cash.counted)), row(Number(f.cash.over_short) < 0 ? "  SHORT" : "  Over", php(f.cash.over_short!))]),
  ]
}

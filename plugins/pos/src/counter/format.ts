const peso = new Intl.NumberFormat("en-PH", { style: "currency", currency: "PHP" })

/** Money as the API sends it (a decimal string) or a number, in pesos. */
export const money = (value: string | number | null | undefined) => peso.format(Number(value ?? 0))

/** Two-decimal number from what a cashier typed ("1,500" or "1500.5"); NaN when it is not one. */
export const parseAmount = (text: string) => (text.trim() ? Math.round(Number(text.replace(/[,₱\s]/g, "")) * 100) / 100 : NaN)

export const customerName = (c: { id: string; first_name: string | null; last_name: string | null; phone: string | null; email: string | null }) =>
  [c.first_name, c.last_name].filter(Boolean).join(" ") || c.phone || c.email || c.id

export type TimeStyle = "datetime" | "time" | "date"

const TIME_STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  datetime: { dateStyle: "medium", timeStyle: "short" },
  time: { timeStyle: "short" },
  date: { dateStyle: "medium" },
}

/**
 * A time as the counter shows it: always in the branch's time zone, never the browser's, so the
 * screen, the printed slips and the receipts (src/receipts/format.ts) tell the same time.
 */
export const branchTime = (when: string | Date, timeZone: string, style: TimeStyle = "datetime") =>
  new Intl.DateTimeFormat("en-PH", { timeZone, ...TIME_STYLES[style] }).format(new Date(when)).replace(/[\u00a0\u202f]/g, " ")

/** Whether two instants fall on the same calendar day at the branch. */
export const sameBranchDay = (a: string | Date, b: string | Date, timeZone: string) => branchTime(a, timeZone, "date") === branchTime(b, timeZone, "date")

export const money = (amount: string | number | null | undefined, currency = "php") =>
  amount === null || amount === undefined || amount === ""
    ? "–"
    : new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))

export const customerName = (c: { first_name: string | null; last_name: string | null; email: string | null } | null) =>
  c ? [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || "–" : "–"

export const date = (d: string | null) => (d ? new Date(d).toLocaleDateString() : "–")

export const ENTRY_LABEL = { credit: "Credit", debit: "Spent", expiry: "Expired", reversal: "Reversal" } as const

export const CARD_ENTRY_LABEL = { issue: "Sold", redeem: "Spent", reversal: "Given back", expiry: "Expired" } as const

export const CARD_STATUS = {
  active: { label: "Active", color: "green" },
  inactive: { label: "Not active", color: "orange" },
  disabled: { label: "Disabled", color: "red" },
  expired: { label: "Expired", color: "grey" },
  spent: { label: "Spent", color: "blue" },
} as const

/** YYYY-MM-DD of a date in the browser's time zone (a date input's value). */
export const dayOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

/** The end of that day in the browser's time zone, as the instant with offset the API takes. */
export const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString()

/** A period of days (YYYY-MM-DD, either end open) as the instants the API takes: from the first day's start to the day after the last. */
export const dayQuery = (from?: string, to?: string) => {
  const q: Record<string, string> = {}
  if (from) q.from = new Date(`${from}T00:00:00`).toISOString()
  if (to) {
    const next = new Date(`${to}T00:00:00`)
    next.setDate(next.getDate() + 1)
    q.to = next.toISOString()
  }
  return q
}

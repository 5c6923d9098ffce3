/** An amount with its currency and grouping (₱45,592.00); "–" when there is none. */
export const formatMoney = (amount: number | string | null | undefined, currency: string) =>
  amount === null || amount === undefined || amount === ""
    ? "–"
    : new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))

/** The currency's sign as amounts show it (₱ for PHP). */
export const currencySymbol = (currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).formatToParts(0).find((p) => p.type === "currency")?.value ??
  currency.toUpperCase()

/** A moment in the branch's own time zone, as its receipts and reports print it. */
export const formatAt = (iso: string | null, timeZone: string) =>
  iso ? new Date(iso).toLocaleString(undefined, { timeZone, dateStyle: "medium", timeStyle: "short" }) : "–"

/**
 * The instant a calendar day (YYYY-MM-DD) begins in a time zone: the filters pick days as the
 * branch lives them, not as the browser does. The zone's offset is read at that day's noon.
 */
export function dayStartIn(day: string, timeZone: string) {
  const noonUtc = new Date(`${day}T12:00:00Z`)
  const local = new Date(noonUtc.toLocaleString("en-US", { timeZone }))
  const utc = new Date(noonUtc.toLocaleString("en-US", { timeZone: "UTC" }))
  return new Date(Date.parse(`${day}T00:00:00Z`) - (local.getTime() - utc.getTime())).toISOString()
}

export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86400000).toISOString().slice(0, 10)

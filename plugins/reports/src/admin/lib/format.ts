/** Integer centavos as money in the currency, e.g. ₱1,234.50. */
export const money = (centavos: number, currency = "php") =>
  new Intl.NumberFormat("en-PH", { style: "currency", currency: currency.toUpperCase() }).format(centavos / 100)

/** Whole pesos for chart axes, e.g. ₱12k. */
export const shortMoney = (centavos: number, currency = "php") =>
  new Intl.NumberFormat("en-PH", { style: "currency", currency: currency.toUpperCase(), notation: "compact", maximumFractionDigits: 1 }).format(centavos / 100)

export const percent = (p: number | null) => (p === null ? "–" : `${p > 0 ? "+" : ""}${p.toFixed(1)}%`)

export const TENDER_LABELS: Record<string, string> = { cash: "Cash", card: "Card", pp_system_default: "Web (online)" }
export const tenderLabel = (method: string) => TENDER_LABELS[method] ?? method.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())

export const WEEKDAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

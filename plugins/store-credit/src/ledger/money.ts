import { centavosDecimal } from "@kassa/core/kit"

// The ledger runs in integer centavos, with core's exact conversions. Currencies with another
// minor unit are not handled yet.
export { centavosAmount as toAmount, centavosDecimal as decimal, toCentavos } from "@kassa/core/kit"

/** Centavos as a person reads them in a message: "PHP 1,234.50" (₱1,234.50 for PHP). */
export const moneyText = (centavos: number, currency = "php"): string =>
  new Intl.NumberFormat("en-PH", { style: "currency", currency: currency.toUpperCase() }).format(centavosDecimal(centavos) as unknown as number)

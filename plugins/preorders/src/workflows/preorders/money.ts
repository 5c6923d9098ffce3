import { centavosDecimal } from "@kassa/core/kit"

/** "PHP 1,234.50": what a refusal or an e-mail says. */
export const centavosText = (currency: string, centavos: number) =>
  `${currency.toUpperCase()} ${Number(centavosDecimal(centavos)).toLocaleString("en-PH", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

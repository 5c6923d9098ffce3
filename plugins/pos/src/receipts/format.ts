/// <reference lib="es2023.intl" />
// ES2023 Intl formats a decimal *string* exactly, so receipt amounts never pass through a float.

/** Kassa's branches are in the Philippines and ReceiptData carries no locale of its own. */
const LOCALE = "en-PH"

/**
 * "symbol" prints "₱1,299.50"; "code" prints "PHP 1,299.50" for the PDF, whose standard fonts
 * (WinAnsi) have no "₱" glyph.
 */
export type CurrencyDisplay = "symbol" | "code"

export type FormatMoney = (amount: string) => string

const DECIMAL = /^-?\d+(\.\d+)?$/

function isDecimal(amount: string): amount is Intl.StringNumericLiteral {
  return DECIMAL.test(amount)
}

// Printers and the PDF's WinAnsi fonts know a plain space, not ICU's no-break variants.
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ")

export function moneyFormatter(currencyCode: string, display: CurrencyDisplay): FormatMoney {
  const format = new Intl.NumberFormat(LOCALE, {
    style: "currency",
    currency: currencyCode,
    currencyDisplay: display,
    // Amounts come with two decimals: print them as given, never rounded to the currency's digits.
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "negative",
  })
  return (amount) => {
    if (!isDecimal(amount)) {
      throw new Error(`Receipt amount "${amount}" is not a decimal string`)
    }
    return plainSpaces(format.format(amount))
  }
}

/** Discounts are stored as positive amounts and printed as deductions. */
export const negated = (amount: string) => (amount.startsWith("-") ? amount.slice(1) : `-${amount}`)

export const isZero = (amount: string) => /^-?0*(\.0*)?$/.test(amount)

export function formatDateTime(iso: string, timeZone: string): string {
  const format = new Intl.DateTimeFormat(LOCALE, { timeZone, dateStyle: "medium", timeStyle: "short" })
  return plainSpaces(format.format(new Date(iso)))
}

/** Free text from settings (addresses, header, footer) keeps its line breaks; blank lines go. */
export const splitLines = (text: string | null) =>
  (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

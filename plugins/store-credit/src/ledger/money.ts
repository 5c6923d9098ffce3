import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * The ledger's arithmetic runs in integer minor units (centavos). Amounts become centavos once,
 * here (exact decimal math, half-up to two decimals), and go back to the two-decimal number a
 * bigNumber column stores. Currencies with another minor unit are not handled yet.
 */
export const toCentavos = (amount: BigNumberInput): number => {
  const c = MathBN.mult(MathBN.convert(amount, 2), 100).toNumber()
  if (!Number.isSafeInteger(c)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Amount out of range: ${amount}`)
  return c
}

/** Centavos as a two-decimal string ("1234.50"), without passing through a float. */
export const decimal = (centavos: number): string => {
  const sign = centavos < 0 ? "-" : ""
  const abs = Math.abs(centavos)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/** What a bigNumber column takes: the double whose shortest form is the two-decimal value. */
export const toAmount = (centavos: number): number => Number(decimal(centavos))

/** Centavos as a person reads them in a message: "PHP 1,234.50" (₱1,234.50 for PHP). */
export const moneyText = (centavos: number, currency = "php"): string =>
  new Intl.NumberFormat("en-PH", { style: "currency", currency: currency.toUpperCase() }).format(decimal(centavos) as unknown as number)

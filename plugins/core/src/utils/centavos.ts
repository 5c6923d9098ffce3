import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * Exact money arithmetic in integer minor units (centavos) for the feature plugins' ledgers and
 * schedules. Amounts become centavos once, here (exact decimal math, half-up to two decimals),
 * and go back to two-decimal strings without passing through a float. Two decimals only.
 */
export const toCentavos = (amount: BigNumberInput): number => {
  const c = MathBN.mult(MathBN.convert(amount, 2), 100).toNumber()
  if (!Number.isSafeInteger(c)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Amount out of range: ${amount}`)
  return c
}

/** Centavos as a two-decimal string ("1234.50"). */
export const centavosDecimal = (centavos: number): string => {
  const sign = centavos < 0 ? "-" : ""
  const abs = Math.abs(centavos)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

/**
 * Centavos as the number a bigNumber column takes: the double whose shortest form is the
 * two-decimal value ("1234.56"), which is what Medusa's BigNumber stores.
 */
export const centavosAmount = (centavos: number): number => Number(centavosDecimal(centavos))

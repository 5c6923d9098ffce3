import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * Installment arithmetic runs in integer centavos. Pesos become centavos once, here (exact
 * decimal math, half-up), and centavos become the two-decimal strings the API shows.
 */
export const toCentavos = (pesos: BigNumberInput): number => {
  const c = MathBN.mult(MathBN.convert(pesos, 2), 100).toNumber()
  if (!Number.isSafeInteger(c)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Amount out of range: ${pesos}`)
  return c
}

/** Centavos as pesos with two decimals ("1234.50"), without passing through a float. */
export const pesos = (centavos: number): string => {
  const sign = centavos < 0 ? "-" : ""
  const abs = Math.abs(centavos)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}

// Intl formats an exact decimal string as it is (no float on the way).
const PESO = new Intl.NumberFormat("en-PH", { style: "currency", currency: "PHP" })

/** Centavos as a person reads them in a message: "₱45,592.00". */
export const pesoText = (centavos: number): string => PESO.format(pesos(centavos) as unknown as number)

/**
 * Centavos as the number a bigNumber column takes: the double nearest to the two-decimal
 * value, whose shortest form ("1234.56") is what Medusa's BigNumber stores — exact for any
 * amount below a trillion pesos.
 */
export const toAmount = (centavos: number): number => Number(pesos(centavos))

/** A percentage with at most two decimals (12.5 → 1250 hundredths of a percent). */
export const toBasisPoints = (percent: BigNumberInput): number => MathBN.mult(MathBN.convert(percent, 2), 100).toNumber()

/** amount × bp / 10000, rounded half-up to the centavo — the only rounding of a percentage. */
export const percentOf = (centavos: number, basisPoints: number): number => {
  const product = BigInt(centavos) * BigInt(basisPoints)
  return Number((product * 2n + 10000n) / 20000n)
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { centavosDecimal } from "@kassa/core/kit"

// Pesos become centavos once (core's exact decimal math, half-up); centavos become the
// two-decimal strings the API shows and the numbers a bigNumber column takes.
export { centavosAmount as toAmount, centavosDecimal as pesos, toCentavos } from "@kassa/core/kit"

// Intl formats an exact decimal string as it is (no float on the way).
const PESO = new Intl.NumberFormat("en-PH", { style: "currency", currency: "PHP" })

/** Centavos as a person reads them in a message: "₱45,592.00". */
export const pesoText = (centavos: number): string => PESO.format(centavosDecimal(centavos) as unknown as number)

/** A percentage with at most two decimals (12.5 → 1250 hundredths of a percent). */
export const toBasisPoints = (percent: BigNumberInput): number => MathBN.mult(MathBN.convert(percent, 2), 100).toNumber()

/** amount × bp / 10000, rounded half-up to the centavo — the only rounding of a percentage. */
export const percentOf = (centavos: number, basisPoints: number): number => {
  const product = BigInt(centavos) * BigInt(basisPoints)
  return Number((product * 2n + 10000n) / 20000n)
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

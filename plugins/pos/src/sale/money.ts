import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"

/**
 * Kassa's one rounding boundary: amounts that are charged, discounted or handed back are
 * rounded half-up to the centavo here, once; Medusa's totals are computed from those.
 */
export const cents = (n: BigNumberInput) => MathBN.convert(n, 2).toNumber()

/** A money amount as the API and receipts show it: two decimals, from exact decimal math. */
export const money = (n: BigNumberInput) => MathBN.convert(n, 2).toFixed(2)

export const num = (n: BigNumberInput | null | undefined) => (n == null ? 0 : MathBN.convert(n).toNumber())

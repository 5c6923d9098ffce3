import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { cents } from "../sale/money"

/** Bills and coins as counted: denomination (e.g. "1000", "0.25") → how many. */
export type Denominations = Record<string, number>

/** The exact total of a count; a denomination that is not a positive amount, or a fractional count, is refused. */
export function countTotal(counted: Denominations): number {
  const parts = Object.entries(counted).map(([denomination, count]) => {
    const value = Number(denomination)
    if (!Number.isFinite(value) || value <= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `"${denomination}" is not a denomination`)
    if (!Number.isInteger(count) || count < 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The count of ${denomination} must be a whole number`)
    return MathBN.mult(denomination, count)
  })
  return cents(MathBN.sum(0, ...parts))
}

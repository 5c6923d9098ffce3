import { percentOf } from "./money"

export type LateFeeRule = { type: "fixed" | "percent"; /** centavos when fixed, basis points when percent */ value: number; grace_days: number; period_days: number }

/**
 * How many late fees an installment has earned: the first once it is more than `grace_days`
 * past due, then one more for every further `period_days` it stays unpaid. The job charges the
 * difference to what was already charged, so running it twice charges nothing more.
 */
export function lateFeePeriods(daysPastDue: number, rule: Pick<LateFeeRule, "grace_days" | "period_days">) {
  if (daysPastDue <= rule.grace_days) return 0
  return Math.floor((daysPastDue - rule.grace_days - 1) / rule.period_days) + 1
}

/** One period's late fee: fixed, or a percentage of the installment's unpaid principal and interest. */
export const lateFeeAmount = (rule: Pick<LateFeeRule, "type" | "value">, unpaid: number) =>
  rule.type === "fixed" ? rule.value : percentOf(unpaid, rule.value)

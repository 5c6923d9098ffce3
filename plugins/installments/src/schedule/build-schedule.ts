import { MedusaError } from "@medusajs/framework/utils"
import { addMonths, type IsoDate } from "./due-dates"
import { percentOf, sum } from "./money"

export type InterestMethod = "add_on" | "flat_monthly"

export type ScheduleInput = {
  /** Amount financed, in centavos. */
  financed: number
  term_months: number
  interest_method: InterestMethod
  /**
   * Hundredths of a percent: for `add_on` the rate for the whole term, for `flat_monthly` the
   * rate per month (both of the amount financed).
   */
  rate_bp: number
  /** Processing fee in centavos, charged with the first installment. */
  processing_fee: number
  /** The sale date: installment k falls due k months later. */
  start: IsoDate
}

export type ScheduledInstallment = { sequence: number; due_date: IsoDate; principal: number; interest: number; fee: number; total: number }

export type Schedule = { interest_total: number; installments: ScheduledInstallment[] }

/**
 * Interest for the whole term, rounded half-up to the centavo once: add-on is rate × financed,
 * flat monthly is rate × months × financed.
 */
export function interestFor(input: Pick<ScheduleInput, "financed" | "term_months" | "interest_method" | "rate_bp">) {
  const bp = input.interest_method === "add_on" ? input.rate_bp : input.rate_bp * input.term_months
  return percentOf(input.financed, bp)
}

/**
 * Splits `amount` centavos into `n` parts. The rounding rule of every schedule: each part is the
 * amount divided by n rounded down to the centavo, and the last part carries the remainder, so
 * the parts add up exactly and only the last one differs (by less than n centavos).
 */
export function split(amount: number, n: number): number[] {
  const base = Math.floor(amount / n)
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? amount - base * (n - 1) : base))
}

/** The installments: principal and interest split by `split`, monthly from the start date. */
export function buildSchedule(input: ScheduleInput): Schedule {
  const { financed, term_months: n } = input
  if (!Number.isInteger(n) || n < 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, `term_months must be a whole number of months, got ${n}`)
  if (!Number.isSafeInteger(financed) || financed <= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The amount financed must be above zero")
  const interest_total = interestFor(input)
  const principal = split(financed, n)
  const interest = split(interest_total, n)
  const installments = principal.map((p, i) => {
    const fee = i === 0 ? input.processing_fee : 0
    return { sequence: i + 1, due_date: addMonths(input.start, i + 1), principal: p, interest: interest[i], fee, total: p + interest[i] + fee }
  })
  return { interest_total, installments }
}

export const scheduleTotal = (s: Schedule) => sum(s.installments.map((i) => i.total))

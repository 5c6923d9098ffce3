import { MedusaError } from "@medusajs/framework/utils"
import { buildSchedule, type InterestMethod, type Schedule } from "./build-schedule"
import type { IsoDate } from "./due-dates"
import { percentOf, pesos } from "./money"

/** A branch's terms as the calculator needs them (amounts in centavos, rates in basis points). */
export type QuoteTerms = {
  term_months: number[]
  min_down_payment_bp: number
  interest_method: InterestMethod
  /** add_on: rate for the whole term, per term length; flat_monthly: one monthly rate. */
  add_on_bp: Record<string, number>
  monthly_bp: number
  processing_fee: { type: "fixed" | "percent"; value: number }
}

export type Quote = {
  term_months: number
  price: number
  down_payment: number
  financed: number
  rate_bp: number
  interest_total: number
  processing_fee: number
  monthly_due: number
  total_cost: number
  schedule: Schedule
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

export const minimumDownPayment = (price: number, terms: Pick<QuoteTerms, "min_down_payment_bp">) => percentOf(price, terms.min_down_payment_bp)

/**
 * What the customer pays on `term` months: the down payment, the amount financed, interest,
 * the processing fee (of the amount financed when a percentage), the regular monthly due, the
 * total cost (price + interest + fee) and the schedule.
 */
export function quote(terms: QuoteTerms, input: { price: number; down_payment: number; term_months: number; start: IsoDate }): Quote {
  const { price, down_payment, term_months } = input
  if (!terms.term_months.includes(term_months)) {
    throw invalid(`${term_months} months is not offered here: choose ${terms.term_months.join(", ")} months`)
  }
  const minimum = minimumDownPayment(price, terms)
  if (down_payment < minimum) throw invalid(`The down payment must be at least ${terms.min_down_payment_bp / 100}% of the price (${pesos(minimum)})`)
  if (down_payment >= price) throw invalid("The down payment covers the whole price: nothing to finance")
  const financed = price - down_payment
  const rate_bp = terms.interest_method === "add_on" ? terms.add_on_bp[String(term_months)] : terms.monthly_bp
  if (rate_bp == null) throw invalid(`No add-on rate is set for ${term_months} months`)
  const processing_fee = terms.processing_fee.type === "fixed" ? terms.processing_fee.value : percentOf(financed, terms.processing_fee.value)
  const schedule = buildSchedule({ financed, term_months, interest_method: terms.interest_method, rate_bp, processing_fee, start: input.start })
  const regular = schedule.installments[0]
  return {
    term_months,
    price,
    down_payment,
    financed,
    rate_bp,
    interest_total: schedule.interest_total,
    processing_fee,
    monthly_due: regular.principal + regular.interest,
    total_cost: price + schedule.interest_total + processing_fee,
    schedule,
  }
}

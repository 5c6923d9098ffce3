import { toBasisPoints, toCentavos } from "../schedule/money"
import type { QuoteTerms } from "../schedule/quote"

export type TermsRow = {
  term_months: number[]
  min_down_payment_percent: unknown
  interest_method: "add_on" | "flat_monthly"
  add_on_rates: Record<string, number>
  monthly_rate: unknown
  processing_fee_type: "fixed" | "percent"
  processing_fee: unknown
  late_fee_type: "fixed" | "percent"
  late_fee: unknown
  late_fee_grace_days: number
  late_fee_period_days: number
  reminder_days_before: number
  auto_approve_max: unknown
}

/** A branch's stored terms (pesos and percents) in the calculator's units (centavos and basis points). */
export const toQuoteTerms = (t: TermsRow): QuoteTerms => ({
  term_months: [...t.term_months].sort((a, b) => a - b),
  min_down_payment_bp: toBasisPoints(t.min_down_payment_percent as number),
  interest_method: t.interest_method,
  add_on_bp: Object.fromEntries(Object.entries(t.add_on_rates).map(([k, v]) => [k, toBasisPoints(v)])),
  monthly_bp: toBasisPoints(t.monthly_rate as number),
  processing_fee: {
    type: t.processing_fee_type,
    value: t.processing_fee_type === "fixed" ? toCentavos(t.processing_fee as number) : toBasisPoints(t.processing_fee as number),
  },
})

/** What the counter reads from this plugin's routes (api/admin/kassa/installments). */

/** A branch's terms (bigNumber columns arrive as numbers or decimal strings). */
export type InstallmentTerms = {
  term_months: number[]
  min_down_payment_percent: number | string
  /** Plans financing at most this are approved at once; null: a credit officer always decides. */
  auto_approve_max: number | string | null
}

export type InstallmentQuote = {
  term_months: number
  down_payment: string
  amount_financed: string
  interest_rate: number
  interest_total: string
  processing_fee: string
  monthly_due: string
  total_cost: string
  schedule: { sequence: number; due_date: string; total: string }[]
}

export type Calculation = { minimum_down_payment: string; interest_method: "add_on" | "flat_monthly"; quotes: InstallmentQuote[] }

/** The credit details the counter asks for when none are on file (CreditDetailsSchema's required ones). */
export type CreditForm = { id_type: string; id_number: string; address_line: string; city: string; province: string; phone: string }

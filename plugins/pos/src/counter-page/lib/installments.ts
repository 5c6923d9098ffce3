/**
 * The installments plugin's routes the payment dialog reads (plugins/installments: its kit.ts,
 * credit/schema.ts and api/admin/kassa/installments). The shapes are copied, not imported: the
 * POS depends on no feature plugin.
 */
import { api, ApiError } from "./api"

export const INSTALLMENT_TENDER = "installment"

const base = "/admin/kassa/installments"

/** The branch's terms (bigNumber columns arrive as numbers or decimal strings). */
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

/** The credit desk's details about a customer (CreditDetailsSchema). */
export type CreditDetails = { id_type: string; id_number: string; address_line: string; city: string; province?: string; phone: string }

/** The installment tender's `data` at checkout; its amount is what is financed. */
export type InstallmentTenderData = { term_months: number; credit?: CreditDetails }

export const readTerms = (locationId: string) => api<{ terms: InstallmentTerms }>(`${base}/terms/${locationId}`).then((r) => r.terms)

/** Every term the branch offers for this price; the branch's minimum down payment when none is given. */
export const calculate = (locationId: string, price: number, downPayment?: number) =>
  api<Calculation>(`${base}/calculator?location_id=${locationId}&price=${price.toFixed(2)}${downPayment === undefined ? "" : `&down_payment=${downPayment.toFixed(2)}`}`)

/** The customer's credit details on file, or null when they have none yet. */
export async function creditOnFile(customerId: string) {
  try {
    return (await api<{ credit_profile: CreditDetails }>(`${base}/credit-profiles/${customerId}`)).credit_profile
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null
    throw e
  }
}

import { ApiError, type CounterApi } from "@kassa/pos/counter"
import type { CreditDetails } from "../credit/schema"
import type { Calculation, InstallmentTerms } from "./types"

/** This plugin's routes, through the counter's client (never fetches of its own). */
export const readTerms = (api: CounterApi, locationId: string) => api.get<{ terms: InstallmentTerms }>(`installments/terms/${locationId}`).then((r) => r.terms)

/** Every term the branch offers for this price; the branch's minimum down payment when none is given. */
export const calculate = (api: CounterApi, locationId: string, price: number, downPayment?: number) =>
  api.get<Calculation>("installments/calculator", { location_id: locationId, price: price.toFixed(2), down_payment: downPayment?.toFixed(2) })

/** The customer's credit details on file, or null when they have none yet. */
export async function creditOnFile(api: CounterApi, customerId: string) {
  try {
    return (await api.get<{ credit_profile: CreditDetails }>(`installments/credit-profiles/${customerId}`)).credit_profile
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null
    throw e
  }
}

/** Why the calculator is refused, as the cashier should read it. */
export const calculatorProblem = (e: unknown) =>
  e instanceof ApiError && e.status === 403
    ? "Selling on installments needs the installment calculator (policy installment:calculate), which your role lacks: ask a sales agent or the branch manager"
    : e instanceof Error
      ? e.message
      : String(e)

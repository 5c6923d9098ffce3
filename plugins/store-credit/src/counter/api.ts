import type { CounterApi } from "@kassa/pos/counter"

/** One account of the customer's, as GET store-credit/customers/:id answers it. */
export type CreditAccount = { currency_code: string; balance: string; available: string; earliest_expiry: string | null }

/** The customer's store credit in the sale's currency, or null when they have none. */
export const creditOf = async (api: CounterApi, customerId: string, currency: string) => {
  const { accounts } = await api.get<{ accounts: CreditAccount[] }>(`store-credit/customers/${customerId}`)
  return accounts.find((a) => a.currency_code === currency.toLowerCase()) ?? null
}

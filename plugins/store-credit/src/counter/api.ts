import type { CounterApi } from "@kassa/pos/counter"

/** One account of the customer's, as GET store-credit/customers/:id answers it. */
export type CreditAccount = { currency_code: string; balance: string; available: string; earliest_expiry: string | null }

/** The customer's store credit in the sale's currency, or null when they have none. */
export const creditOf = async (api: CounterApi, customerId: string, currency: string) => {
  const { accounts } = await api.get<{ accounts: CreditAccount[] }>(`store-credit/customers/${customerId}`)
  return accounts.find((a) => a.currency_code === currency.toLowerCase()) ?? null
}

/** A gift card as the counter's lookup answers it (the code masked). */
export type GiftCardBalance = {
  id: string
  code: string
  balance: string
  currency_code: string
  status: "active" | "inactive" | "disabled" | "expired" | "spent"
  disabled_reason: string | null
  expires_at: string | null
}

/** A gift card by its code as scanned or typed; the server's message (not a code, no such card) when it refuses. */
export const giftCardByCode = async (api: CounterApi, code: string) =>
  (await api.post<{ gift_card: GiftCardBalance }>("store-credit/gift-cards/lookup", { code })).gift_card

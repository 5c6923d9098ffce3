/** What /admin/kassa/me says about the signed-in staff member (core's route). */
export type Me = {
  policies: string[]
  staff: { user_id: string; all_branches: boolean; branch_ids: string[] } | null
  /** The caller's branches with each plugin's switch there. */
  branches: { stock_location_id: string; plugins: Record<string, boolean> }[]
}

export type Customer = { id: string; first_name: string | null; last_name: string | null; email: string | null; phone: string | null }

/** A line of the accounts list. Amounts are two-decimal strings. */
export type AccountRow = {
  account_id: string
  customer_id: string
  currency_code: string
  balance: string
  available: string
  earliest_expiry: string | null
  customer: Customer | null
}

export type AccountFilters = { location_id?: string; q?: string; expiring_within_days?: string; offset?: string }

export type Entry = {
  id: string
  sequence: number
  type: "credit" | "debit" | "expiry" | "reversal"
  amount: string
  balance: string
  reason: string | null
  reference_type: string | null
  reference_id: string | null
  source_id: string | null
  stock_location_id: string | null
  actor_id: string | null
  expires_at: string | null
  created_at: string
}

export type Statement = {
  account_id: string
  customer_id: string
  currency_code: string
  balance: string
  available: string
  earliest_expiry: string | null
  transactions: Entry[]
}

export type OrderCredit = {
  order_id: string
  currency_code: string | null
  used: string
  given_back: string
  transactions: (Omit<Entry, "balance"> & { customer_id: string })[]
  gift_cards: {
    currency_code: string | null
    used: string
    given_back: string
    entries: { id: string; gift_card_id: string; code: string; type: "redeem" | "reversal"; amount: string; created_at: string }[]
    sold: { id: string; code: string; amount: string; balance: string; expires_at: string | null; disabled_at: string | null }[]
  }
}

export type Settings = { expiry_months: number | null; reminder_days: number; gift_card_validity_months: number | null }

export type GiftCardStatus = "active" | "inactive" | "disabled" | "expired" | "spent"

/** A line of the gift card list: the code masked, amounts as two-decimal strings. */
export type GiftCardRow = {
  id: string
  code: string
  currency_code: string
  amount: string
  balance: string
  status: GiftCardStatus
  order_id: string
  order_display_id: number | null
  stock_location_id: string
  branch: string | null
  expires_at: string | null
  disabled_at: string | null
  disabled_reason: string | null
  created_at: string
}

export type GiftCardFilters = { location_id?: string; status?: GiftCardStatus; q?: string; offset?: string }

export type GiftCardEntry = {
  id: string
  sequence: number
  type: "issue" | "redeem" | "reversal" | "expiry"
  amount: string
  balance: string
  order_id: string | null
  stock_location_id: string | null
  reason: string | null
  created_at: string
}

export type GiftCardDetail = Omit<GiftCardRow, "branch"> & { entries: GiftCardEntry[] }

/** A gift given away at the counter, as the gift sales report lists it. Amounts are two-decimal strings. */
export type GiftSaleRow = {
  id: string
  order_id: string
  receipt_number: string | null
  stock_location_id: string
  product_id: string
  title: string
  quantity: number
  unit_value: string
  value: string
  currency_code: string
  reason: string
  sold_by_name: string | null
  approved_by_name: string | null
  sold_at: string
}

export type GiftSaleTotals = { currency_code: string; quantity: number; value: string }[]

/** The report's filters as the URL keeps them: days (YYYY-MM-DD) for the period, ids for the rest. */
export type GiftSaleFilters = { from?: string; to?: string; location_id?: string; product_id?: string; staff_id?: string; offset?: string }

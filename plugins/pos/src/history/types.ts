/** What the customer history routes answer (shared with the admin widget and the counter). */

export type HistoryFigures = {
  currency_code: string
  /** Paid less refunded (Medusa's order transactions), in the currency's major unit, two decimals. */
  lifetime_spend: string
  visits: number
  average_basket: string
  last_12_months: { spend: string; visits: number }
}

export type CustomerHistory = {
  customer_id: string
  figures: HistoryFigures[]
  last_purchase_at: string | null
  favourite_branch: { id: string; code: string | null; name: string | null; visits: number } | null
  top_products: {
    by_quantity: { product_id: string | null; title: string; quantity: number }[]
    by_spend: { product_id: string | null; title: string; currency_code: string; spend: string }[]
  }
}

export type HistoryReceipt = {
  order_id: string
  receipt_number: string
  kind: "counter" | "web"
  status: string
  created_at: string
  currency_code: string
  branch: { id: string; code: string | null; name: string | null } | null
  register: { code: string; name: string } | null
  cashier: string | null
  sales_agent: string | null
  total: string
  paid: string
  refunded: string
  tenders: { method: string; amount: string; card_last4: string | null; reference: string | null }[]
  returns: { number: string; created_at: string; refund_total: string; refund_method: string | null; exchange: boolean }[]
}

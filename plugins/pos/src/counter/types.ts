/** The shapes the counter reads from Kassa's API (plugins/core and plugins/pos routes). */

export type Discount = { type: "amount" | "percent"; value: number }

export type TicketLine = {
  id: string
  variant_id: string
  title: string
  variant_title: string | null
  sku: string | null
  barcode: string | null
  thumbnail: string | null
  quantity: number
  unit_price: string
  price: string
  override: { price: string; reason: string | null; by: string | null } | null
  discount: Discount | null
  adjustments: { code: string | null; amount: string }[]
  requires_serial: boolean
  serial_numbers: string[]
  total: string
}

export type Ticket = {
  id: string
  status: "open" | "parked" | "completed" | "voided"
  stock_location_id: string
  register_id: string
  customer_id: string | null
  /** Who earns the commission; null: the cashier who opened the sale. */
  sales_agent_id: string | null
  currency_code: string
  promo_codes: string[]
  discount: Discount | null
  order_id: string | null
  receipt_number: string | null
  lines: TicketLine[]
  totals: { subtotal: string; discount_total: string; tax_total: string; total: string; items: number }
}

/** `frequent`: in the store's Frequent customer group (core's rule), as the lookup answered. */
export type Customer = { id: string; first_name: string | null; last_name: string | null; phone: string | null; email: string | null; frequent?: boolean }

/** `data`: what a plugin's tender needs besides its amount (its own fields, checked by its server side). */
export type TenderInput = { method: string; amount?: number; tendered?: number; reference?: string; card_last4?: string; approval_code?: string; data?: Record<string, unknown> }

export type Sale = {
  order_id: string
  ticket_id: string | null
  receipt_number: string | null
  total: string
  change: string
  tenders: { method: string; amount: string; tendered: string | null; change: string | null; reference: string | null; card_last4: string | null }[]
  /** Not the server's: what the tenders' forms asked the payment dialog to tell the cashier. */
  notes?: string[]
  /** From the server: paid but not handed over yet (also after a reload). */
  goods_held?: boolean
}

/** The branch the counter sells at (GET counter); every time at the counter is shown in its `timezone`. */
export type CounterBranch = {
  id: string
  code: string
  stock_location_id: string
  receipt_header: string | null
  timezone: string
  /** A closed branch sells nothing until a manager reopens it (core). */
  closed_at?: string | null
  close_reason?: string | null
}

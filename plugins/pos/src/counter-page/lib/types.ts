/** The shapes the counter reads from Kassa's API (plugins/core and plugins/pos routes). */

export type Me = {
  staff: {
    id: string
    has_pin: boolean
    user: { email: string; first_name: string | null; last_name: string | null }
  } | null
  policies: string[]
  branches: {
    stock_location_id: string
    name: string
    details: { code: string } | null
    plugins: Record<string, boolean>
  }[]
}

export type Register = { id: string; name: string; code: string }

/** A tender the branch takes (other plugins' tenders only where their plugin is on there). */
/** A tender the branch takes (GET counter): `refundable` ones can also pay a return back. */
export type TenderOption = { id: string; label: string; holds_goods?: boolean; refundable?: boolean }

export type Counter = {
  branch: { id: string; code: string; stock_location_id: string; receipt_header: string | null; timezone: string | null }
  registers: Register[]
  tenders: TenderOption[]
}

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
  currency_code: string
  promo_codes: string[]
  discount: Discount | null
  order_id: string | null
  receipt_number: string | null
  lines: TicketLine[]
  totals: { subtotal: string; discount_total: string; tax_total: string; total: string; items: number }
}

export type TicketSummary = { id: string; status: string; register_id: string; customer_id: string | null; items: number; updated_at: string }

export type Variant = {
  id: string
  title: string
  sku: string | null
  barcode: string | null
  product: { id: string; title: string; thumbnail: string | null }
  price: { amount: number } | null
  /** Units that can be sold now at the branch; null when stock is not tracked. */
  available: number | null
}

export type Customer = { id: string; first_name: string | null; last_name: string | null; phone: string | null; email: string | null }

/** `data`: what a plugin's tender needs besides its amount (an installment's term and credit details). */
export type TenderInput = { method: string; amount?: number; tendered?: number; reference?: string; card_last4?: string; approval_code?: string; data?: Record<string, unknown> }

export type Sale = {
  order_id: string
  ticket_id: string | null
  receipt_number: string | null
  total: string
  change: string
  tenders: { method: string; amount: string; tendered: string | null; change: string | null; reference: string | null; card_last4: string | null }[]
  /** Not the server's: what the payment dialog tells the cashier when a tender holds the goods. */
  hold_note?: string
  /** From the server: paid but not handed over yet (also after a reload). */
  goods_held?: boolean
}

/** What the customer display receives on every change (src/display/display-state.ts). */
export type DisplayState = { ticket: Ticket | null; sale: Sale | null }

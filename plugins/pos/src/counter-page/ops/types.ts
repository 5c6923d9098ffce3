/** The shapes the counter's drawer, return and void screens read (plugins/pos drawer-sessions, sales, returns routes). */

type Sum = { count: number; amount: string }

/** An X report (as of now) or a Z report (frozen at the close): amounts as exact decimal strings. */
export type DrawerFigures = {
  session: { id: string; register_id: string; status: string; opened_by: string; opened_at: string; closed_at: string | null; closed_by: string | null }
  sales: Sum & { tax_total: string; discount_total: string }
  tenders: (Sum & { method: string })[]
  staff: (Sum & { staff_member_id: string; name: string })[]
  voids: Sum
  returns: Sum & { by_method: (Sum & { method: string })[] }
  movements: { type: "in" | "out"; amount: string; reason: string; created_by: string; created_at: string }[]
  cash: {
    opening_float: string
    cash_sales: string
    cash_refunds: string
    cash_exchanges: string
    cash_in: string
    cash_out: string
    expected: string
    counted: string | null
    over_short: string | null
  }
}

export type DrawerSession = {
  id: string
  register_id: string
  status: "open" | "closed"
  opened_by: string
  opened_at: string
  opening_float: string | number
}

export type ZReport = { id: string; number: number; session_id: string; register_id: string; issued_at: string; figures: DrawerFigures }

/** GET drawer-sessions/:id: the session, its Z report once closed, and its figures. */
export type DrawerView = { drawer_session: DrawerSession; z_report: ZReport | null; figures: DrawerFigures }

/** `refundable`: what the units still returnable would refund (VAT and discounts included). */
export type SaleLine = { item_id: string; title: string; variant_title: string | null; quantity: number; returnable: number; total: string; refundable: string }

/** A counter sale found for a return, an exchange or a void (GET sales?q=). */
export type FoundSale = {
  order_id: string
  receipt_number: string
  stock_location_id: string
  status: "completed" | "voided"
  completed_at: string
  customer_id: string | null
  total: string
  lines: SaleLine[]
}

/** A return or exchange taken at the counter; its number is the sale's receipt number with -R1, -R2… */
export type CounterReturn = {
  id: string
  number: string
  refund_total: string | number
  refund_method: string
  card_last4: string | null
  exchange_id: string | null
  paid_total: string | number | null
}

export type ReturnLineInput = { item_id: string; quantity: number; condition: "resellable" | "damaged" }

/** A return or exchange sent for a manager's approval (server: sale/return-requests.ts). */
export type ReturnRequest = {
  id: string
  number: string
  order_id: string
  status: "pending" | "approved" | "rejected" | "expired" | "completed"
  kind: "return" | "exchange"
  lines: { title: string; quantity: number; condition: string; amount: string }[]
  /** An exchange's new goods as priced when asked, and their total (completion prices them again). */
  new_lines: { title: string; quantity: number; amount: string }[] | null
  new_total: string | null
  refund_total: string
  refund: { method: string }
  reason: string
  expires_at: string
  decided_by_name: string | null
  decision_note: string | null
}

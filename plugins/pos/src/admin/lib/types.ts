/** What the POS admin routes (/admin/kassa/pos/…) and core's /admin/kassa/me return, as these pages read them. */

export type Tender = { id: string; label: string }

export type PosSettings = {
  stock_location_id: string
  receipt_pattern: string
  last_receipt: { period: string; number: number } | null
  allow_negative_stock: boolean
  other_tenders: Tender[]
  warranty_terms: string | null
  return_approval_amount: string
  return_approval_days: number
  return_request_days: number
  email_receipts: boolean
}

export type PosSettingsInput = Partial<Omit<PosSettings, "stock_location_id" | "last_receipt" | "return_approval_amount">> & {
  return_approval_amount?: number
}

export type Branch = {
  stock_location_id: string
  name: string
  details: { code: string; timezone: string } | null
  registers: { id: string; name: string; code: string; is_active: boolean }[]
}

export type Me = {
  staff: { all_branches: boolean; branch_ids: string[] } | null
  policies: string[]
  branches: Branch[]
}

type Amount = number | string

export type DrawerSession = {
  id: string
  register_id: string
  stock_location_id: string
  status: "open" | "closed"
  opened_by: string
  opened_by_name: string | null
  opened_at: string
  opening_float: Amount
  closed_by: string | null
  closed_by_name: string | null
  closed_at: string | null
  counted_cash: Amount | null
  expected_cash: Amount | null
  over_short: Amount | null
  force_closed: boolean
  close_note: string | null
}

export type DrawerSessionPage = { drawer_sessions: DrawerSession[]; count: number; offset: number; limit: number }

/** The figures of GET /drawer-sessions/:id (the X report as of now, or the Z report's). */
export type DrawerFigures = {
  cash: { opening_float: string; expected: string; counted: string | null; over_short: string | null }
  sales: { count: number; amount: string }
}

export type DrawerSessionDetail = { drawer_session: DrawerSession; z_report: { number: number; issued_at: string } | null; figures: DrawerFigures }

export type ReturnRequestStatus = "pending" | "approved" | "rejected" | "expired" | "completed"

export type ReturnRequest = {
  id: string
  number: string
  order_id: string
  stock_location_id: string
  status: ReturnRequestStatus
  kind: "return" | "exchange"
  lines: { title: string; quantity: number; condition: string; amount: string }[]
  /** An exchange's new goods as priced when asked, and their total. */
  new_lines: { title: string; quantity: number; amount: string }[] | null
  new_total: string | null
  refund_total: string
  refund: { method: string }
  reason: string
  note: string | null
  approval_reason: string | null
  requested_by_name: string | null
  created_at: string
  expires_at: string
  decided_by_name: string | null
  decided_at: string | null
  decision_note: string | null
}

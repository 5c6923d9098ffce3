/** What /admin/kassa/installments/… returns, as the pages read it. Money is "1234.56". */

export type PlanStatus = "pending_approval" | "active" | "completed" | "rejected" | "canceled"

export type Plan = {
  id: string
  order_id: string
  customer_id: string
  stock_location_id: string
  status: PlanStatus
  term_months: number
  interest_method: "add_on" | "flat_monthly"
  interest_rate: string
  sale_total: string
  down_payment: string
  amount_financed: string
  interest_total: string
  processing_fee: string
  start_date: string
  days_past_due: number
  sold_by: string
  approved_by: string | null
  approved_at: string | null
  auto_approved: boolean
  rejected_by: string | null
  rejected_at: string | null
  decision_note: string | null
  escalated_by: string | null
  escalated_at: string | null
  escalation_note: string | null
  goods_released_at: string | null
  created_at: string
  customer: { id: string; first_name: string | null; last_name: string | null; email: string | null; phone: string | null } | null
  balance: string
  paid_total: string
  next_due: { date: string; amount: string } | null
}

export type ScheduleRow = {
  id: string
  sequence: number
  due_date: string
  status: "pending" | "overdue" | "paid"
  principal: string
  interest: string
  fees: string
  total: string
  paid: string
  waived: string
  owed: string
  days_past_due: number
}

export type Payment = {
  id: string
  collected_by: string
  receipt_number: string
  stock_location_id: string
  method: string
  amount: string
  reference: string | null
  is_payoff: boolean
  note: string | null
  created_at: string
  allocations: { sequence: number; fee: string; interest: string; principal: string }[]
}

export type CreditProfile = {
  id_type: string
  id_number: string
  address_line: string
  city: string
  province: string | null
  phone: string
  employer: string | null
  reference_name: string | null
  reference_phone: string | null
}

export type PlanDetail = Plan & {
  installments: ScheduleRow[]
  payments: Payment[]
  reminders: { sequence: number; kind: "before_due" | "overdue"; sent_to: string; sent_at: string }[]
  /** User id → name of the staff the plan's history names. */
  staff: Record<string, string>
  payoff: { date: string; amount: string; interest_waived: string } | null
  credit_profile: CreditProfile | null
}

export type Figures = {
  outstanding: string
  overdue_plans: number
  overdue_amount: string
  expected_today: string
  collected_today: string
  active_plans: number
  pending_approval: number
}

export type Quote = {
  term_months: number
  price: string
  down_payment: string
  amount_financed: string
  interest_rate: number
  interest_total: string
  processing_fee: string
  monthly_due: string
  total_cost: string
  schedule: { sequence: number; due_date: string; principal: string; interest: string; fees: string; total: string }[]
}

export type Terms = {
  term_months: number[]
  min_down_payment_percent: number
  interest_method: "add_on" | "flat_monthly"
  add_on_rates: Record<string, number>
  monthly_rate: number
  processing_fee_type: "fixed" | "percent"
  processing_fee: number
  late_fee_type: "fixed" | "percent"
  late_fee: number
  late_fee_grace_days: number
  late_fee_period_days: number
  reminder_days_before: number
  auto_approve_max: number | null
}

export type Me = {
  policies: string[]
  staff: { user_id: string; all_branches: boolean; branch_ids: string[] } | null
  /** The caller's branches with each plugin's switch there. */
  branches: { stock_location_id: string; plugins: Record<string, boolean> }[]
}

export type PlanFilters = {
  status?: string
  location_id?: string
  overdue?: string
  approvable?: string
  officer_id?: string
  customer_id?: string
  order_id?: string
}

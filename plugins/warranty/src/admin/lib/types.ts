export type ClaimStatus = "pending" | "in_progress" | "completed" | "released" | "rejected" | "canceled"
export type ClaimType = "repair" | "replacement"
export type DisposalStatus = "pending" | "repaired" | "returned_to_supplier" | "disposed"

export type ClaimEvent = { id: string; from_status: ClaimStatus | null; to_status: ClaimStatus; actor_id: string; note: string | null; created_at: string }

export type Claim = {
  id: string
  type: ClaimType
  status: ClaimStatus
  serial_number: string
  stock_location_id: string
  order_id: string
  line_item_id: string
  product_id: string | null
  product_title: string
  customer_id: string | null
  sold_at: string
  window_days: number
  window_ends_on: string
  issue: string
  technician_id: string | null
  repair_notes: string | null
  parts_cost: number
  labour_cost: number
  override_by: string | null
  override_reason: string | null
  filed_by: string
  created_at: string
  order?: { display_id: number; customer?: { first_name: string | null; last_name: string | null; email: string | null; phone: string | null } | null } | null
  events?: ClaimEvent[]
  replacement?: { old_serial: string; new_serial: string; created_at: string; replaced_by: string } | null
}

export type ClaimsPage = { claims: Claim[]; count: number; offset: number; limit: number }

export type DefectiveUnit = {
  id: string
  claim_id: string | null
  serial_number: string | null
  product_title: string | null
  sku: string | null
  reason: string
  received_at: string
  source: "replacement" | "return" | "shelf"
  held_by: "not_stocked" | "reservation"
  disposal_status: DisposalStatus
  disposed_at: string | null
  rma_number: string | null
  written_off_cost: number | string | null
  written_off_currency: string | null
}

export type DefectiveReport = {
  status: DisposalStatus
  branches: { stock_location_id: string; code: string; count: number; value_minor: number; value: string; currency_code: string | null }[]
}

export type Figures = {
  total: number
  by_status: Record<ClaimStatus, number>
  by_type: Record<ClaimType, { count: number; cost: string }>
  cost_impact: string
  currency_code: string
  defective_pending: number
  product: {
    units_sold: number
    claims: number
    claim_rate: number | null
    policy: { source: "product" | "category" | "default"; repair_days: number; replacement_days: number; manufacturer_months: number | null; no_warranty: boolean }
  } | null
}

export type Window = { sold_on: string; today: string; day: number; days: number; ends_on: string; open: boolean }
export type Lookup = { windows: Record<ClaimType, Window>; open_claim: { id: string; status: ClaimStatus } | null }

export type Me = {
  staff: { id: string; all_branches: boolean; branch_ids: string[] } | null
  policies: string[]
  branches: { stock_location_id: string; code: string; plugins: Record<string, boolean> }[]
}

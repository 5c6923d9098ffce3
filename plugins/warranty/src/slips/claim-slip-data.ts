import { branchAt, DEFAULT_TIMEZONE } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ClaimStatus } from "../modules/warranty/lifecycle"
import type { ClaimSlip } from "./claim-slip-pdf"

type SlipClaim = {
  id: string; status: ClaimStatus; type: string; created_at: string; stock_location_id: string; filed_by: string
  product_title: string; serial_number: string; sold_at: string; window_days: number; window_ends_on: string; issue: string
  override_reason: string | null; order: { display_id: number; customer: { first_name: string | null; last_name: string | null; phone: string | null } | null } | null
}

const FIELDS = [
  "id", "status", "type", "created_at", "stock_location_id", "filed_by", "product_title", "serial_number", "sold_at", "window_days",
  "window_ends_on", "issue", "override_reason", "order.display_id", "order.customer.first_name", "order.customer.last_name", "order.customer.phone",
]

/** What a claim's slip shows (PDF or thermal), with where and by whom it was filed; null when there is no such claim. */
export async function claimSlipData(container: MedusaContainer, claimId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "warranty_claim", fields: FIELDS, filters: { id: claimId } })
  const claim = data[0] as unknown as SlipClaim | undefined
  if (!claim) return null
  // The slip's header prints the branch's own address and phone (its receipt details).
  const [facts, { data: details }] = await Promise.all([
    branchAt(container, { stock_location_id: claim.stock_location_id }),
    query.graph({ entity: "branch", fields: ["address", "phone"], filters: { stock_location_id: claim.stock_location_id } }),
  ])
  const branch = details[0] as { address: string | null; phone: string | null } | undefined
  const c = claim.order?.customer
  const slip: ClaimSlip = {
    claim_id: claim.id,
    branch: { name: facts?.name ?? "", address: branch?.address ?? null, phone: branch?.phone ?? null },
    filed_at: new Date(claim.created_at).toISOString(),
    timezone: facts?.timezone ?? DEFAULT_TIMEZONE,
    status: claim.status,
    type: claim.type,
    customer: c ? [[c.first_name, c.last_name].filter(Boolean).join(" "), c.phone].filter(Boolean).join(" · ") || "—" : "—",
    product_title: claim.product_title,
    serial_number: claim.serial_number,
    order_number: claim.order ? `#${claim.order.display_id}` : "—",
    sold_at: new Date(claim.sold_at).toISOString(),
    window: `${claim.window_days} days, until ${claim.window_ends_on}`,
    issue: claim.issue,
    override: claim.override_reason,
  }
  return { slip, stock_location_id: claim.stock_location_id, filed_by: claim.filed_by }
}

import { visibleBranches } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ClaimFiltersType } from "./validators"

const DAY_MS = 86_400_000

/** Filing days `from` and `to`, both included (UTC days, as the figures count them). */
function filedBetween(from?: string, to?: string) {
  if (!from && !to) return undefined
  return { ...(from ? { $gte: new Date(`${from}T00:00:00Z`) } : {}), ...(to ? { $lt: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) } : {}) }
}

/** Query filters for the claims list and its CSV: staff of some branches see those branches' claims. */
export async function claimFilters(req: MedusaRequest, f: Partial<ClaimFiltersType>) {
  const branches = await visibleBranches(req, f.location_id)
  const stock_location_id = branches.all ? undefined : branches.ids
  const created_at = filedBetween(f.from, f.to)
  return Object.fromEntries(
    Object.entries({
      stock_location_id,
      status: f.status,
      type: f.type,
      product_id: f.product_id,
      customer_id: f.customer_id,
      order_id: f.order_id,
      serial_number: f.q ? { $ilike: `%${f.q.replace(/[%_\\]/g, "\\$&")}%` } : undefined,
      created_at,
    }).filter(([, v]) => v !== undefined)
  )
}

/** The claim a route acts on, or a 404 naming it. */
export async function claimOr404(req: MedusaRequest, fields: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "warranty_claim", fields, filters: { id: req.params.id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No warranty claim ${req.params.id}`)
  return data[0] as Record<string, unknown> & { id: string }
}

type StaffRow = { id: string; user?: { first_name: string | null; last_name: string | null; email: string } | null }

/** The claim with the names of the staff it mentions (filer, technician, approver, each step's actor). */
export async function claimWithNames(req: MedusaRequest, fields: string[]) {
  const claim = await claimOr404(req, fields)
  const events = (claim.events as { actor_id: string }[] | undefined) ?? []
  const ids = [...new Set([claim.filed_by, claim.technician_id, claim.override_by, ...events.map((e) => e.actor_id)].filter((id): id is string => typeof id === "string"))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "staff_member", fields: ["id", "user.first_name", "user.last_name", "user.email"], filters: { id: ids } })
  const staff = Object.fromEntries((data as StaffRow[]).map((s) => [s.id, [s.user?.first_name, s.user?.last_name].filter(Boolean).join(" ") || s.user?.email || s.id]))
  return { claim, staff }
}

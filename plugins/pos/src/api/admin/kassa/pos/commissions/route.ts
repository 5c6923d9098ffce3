import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import type { CommissionsType } from "./validators"

/** Running commission totals per sales agent at a branch (this month unless from/to say otherwise). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CommissionsType>, res: MedusaResponse) => {
  const { location_id, staff_member_id } = req.validatedQuery
  const now = new Date()
  const from = req.validatedQuery.from ?? new Date(now.getFullYear(), now.getMonth(), 1)
  const to = req.validatedQuery.to ?? now
  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  const totals = await pos.commissionTotals({ stock_location_id: location_id, from, to: new Date(to.getTime() + 1), staff_member_id })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: staff } = totals.length
    ? await query.graph({ entity: "staff_member", fields: ["id", "user.first_name", "user.last_name", "user.email"], filters: { id: totals.map((t) => t.staff_member_id) } })
    : { data: [] }
  const names = new Map(
    (staff as { id: string; user?: { first_name: string | null; last_name: string | null; email: string } }[]).map((s) => [
      s.id,
      [s.user?.first_name, s.user?.last_name].filter(Boolean).join(" ") || s.user?.email || s.id,
    ])
  )
  res.json({ from, to, commissions: totals.map((t) => ({ ...t, name: names.get(t.staff_member_id) ?? t.staff_member_id })) })
}

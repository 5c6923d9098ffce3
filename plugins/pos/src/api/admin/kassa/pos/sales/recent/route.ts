import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../../modules/pos"
import type PosModuleService from "../../../../../../modules/pos/service"
import { money, num } from "../../../../../../sale/money"
import { staffNames } from "../../../../../../sale/staff-names"
import type { RecentSalesType } from "../validators"

type BranchRow = { stock_location_id: string; code: string; registers: { id: string; code: string; name: string }[] }

/**
 * The latest counter sales at the caller's branches (or one), newest first, with what the
 * admin's order list lacks: receipt number, branch, register and cashier; `q` narrows to
 * receipt numbers starting with it.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, RecentSalesType>, res: MedusaResponse) => {
  const { location_id, q, limit } = req.validatedQuery
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const branches = await visibleBranches(req, location_id)
  const tickets = await pos.listTickets(
    {
      status: ["completed", "voided"],
      ...(branches.all ? {} : { stock_location_id: branches.ids }),
      ...(q ? { receipt_number: { $ilike: `${q.toUpperCase().replace(/[%_\\]/g, "\\$&")}%` } } : {}),
    },
    { order: { completed_at: "DESC" }, take: limit }
  )
  const orderIds = tickets.map((t) => t.order_id!).filter(Boolean)
  const locationIds = [...new Set(tickets.map((t) => t.stock_location_id))]
  const [{ data: orders }, { data: branchRows }, { data: locations }, names] = await Promise.all([
    orderIds.length ? query.graph({ entity: "order", fields: ["id", "total", "currency_code"], filters: { id: orderIds } }) : { data: [] },
    locationIds.length
      ? query.graph({ entity: "branch", fields: ["stock_location_id", "code", "registers.id", "registers.code", "registers.name"], filters: { stock_location_id: locationIds } })
      : { data: [] },
    locationIds.length ? query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: locationIds } }) : { data: [] },
    staffNames(req.scope, [...new Set(tickets.flatMap((t) => [t.opened_by, t.sales_agent_id].filter((id): id is string => !!id)))]),
  ])
  const orderOf = new Map((orders as { id: string; total: unknown; currency_code: string }[]).map((o) => [o.id, o]))
  const branchOf = new Map((branchRows as unknown as BranchRow[]).map((b) => [b.stock_location_id, b]))
  const locationName = new Map((locations as { id: string; name: string }[]).map((l) => [l.id, l.name]))
  res.json({
    sales: tickets.map((t) => {
      const order = orderOf.get(t.order_id!)
      const branch = branchOf.get(t.stock_location_id)
      const register = branch?.registers.find((r) => r.id === t.register_id)
      return {
        order_id: t.order_id,
        receipt_number: t.receipt_number,
        status: t.status,
        completed_at: t.completed_at,
        total: order ? money(num(order.total as number)) : null,
        currency_code: order?.currency_code ?? t.currency_code,
        branch: { id: t.stock_location_id, code: branch?.code ?? null, name: locationName.get(t.stock_location_id) ?? null },
        register: register ? { code: register.code, name: register.name } : null,
        cashier: names.get(t.opened_by) ?? null,
        sales_agent: t.sales_agent_id && t.sales_agent_id !== t.opened_by ? names.get(t.sales_agent_id) ?? null : null,
      }
    }),
  })
}

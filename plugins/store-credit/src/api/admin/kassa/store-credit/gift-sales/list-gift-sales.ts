import { STAFF_MODULE, visibleBranches, type StaffModuleService } from "@kassa/core/kit"
import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GIFT_SALE_MODULE } from "../../../../../modules/gift_sale"
import type { GiftSaleFilters, GiftSaleRow } from "../../../../../modules/gift_sale/service"
import type GiftSaleModuleService from "../../../../../modules/gift_sale/service"
import type { GiftSalesType } from "./validators"

export type GiftSaleView = GiftSaleRow & { receipt_number: string | null; sold_by_name: string | null; approved_by_name: string | null }

const nameOf = (u: { first_name: string | null; last_name: string | null; email: string }) => [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email

/**
 * The filters as the gift sale module takes them: the caller's branches when none is named, and
 * the staff member as the user the checkout credits. Null: nothing can match (a staff id unknown).
 */
async function filtersOf(req: MedusaRequest, q: GiftSalesType): Promise<GiftSaleFilters | null> {
  const scope = await visibleBranches(req, q.location_id)
  const filters: GiftSaleFilters = { from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, product_id: q.product_id, stock_location_ids: scope.all ? undefined : scope.ids }
  if (q.staff_id) {
    const [staff] = await req.scope.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ id: q.staff_id }, { select: ["user_id"] })
    if (!staff) return null
    filters.sold_by = staff.user_id
  }
  return filters
}

/**
 * A page of the gift sales matching the filters, with their totals: only sales that stand (their
 * POS ticket completed), so a voided sale's gifts drop out. Each row carries the receipt number
 * and the names of who sold and who approved it.
 */
export async function listGiftSales(req: MedusaRequest, q: GiftSalesType, page: { offset: number; limit: number }) {
  const filters = await filtersOf(req, q)
  const service = req.scope.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE)
  const candidates = filters ? await service.soldOrders(filters) : []
  const tickets = candidates.length
    ? await req.scope.resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: candidates, status: "completed" }, { select: ["order_id", "receipt_number"] })
    : []
  if (!tickets.length) return { gift_sales: [] as GiftSaleView[], count: 0, totals: [] as { currency_code: string; quantity: number; value: string }[] }
  const { rows, count, totals } = await service.report({ ...filters, order_ids: tickets.map((t) => t.order_id!) }, page)

  const staff = await req.scope.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ id: [...new Set(rows.map((r) => r.approved_by))] }, { select: ["id", "user_id"] })
  const userIds = [...new Set([...rows.flatMap((r) => (r.sold_by ? [r.sold_by] : [])), ...staff.map((s) => s.user_id)])]
  const { data: users } = userIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "user", fields: ["id", "first_name", "last_name", "email"], filters: { id: userIds } })
    : { data: [] }
  const userName = new Map((users as { id: string; first_name: string | null; last_name: string | null; email: string }[]).map((u) => [u.id, nameOf(u)]))
  const staffUser = new Map(staff.map((s) => [s.id, s.user_id]))
  const receipts = new Map(tickets.map((t) => [t.order_id!, t.receipt_number]))
  return {
    gift_sales: rows.map(
      (r): GiftSaleView => ({
        ...r,
        receipt_number: receipts.get(r.order_id) ?? null,
        sold_by_name: r.sold_by ? userName.get(r.sold_by) ?? null : null,
        approved_by_name: userName.get(staffUser.get(r.approved_by) ?? "") ?? null,
      })
    ),
    count,
    totals,
  }
}

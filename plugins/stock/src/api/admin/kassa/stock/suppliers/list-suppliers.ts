import type { MedusaContainer } from "@medusajs/framework/types"
import { STOCK_MODULE } from "../../../../../modules/stock"
import type StockModuleService from "../../../../../modules/stock/service"
import { supplierStatus } from "../../../../../modules/stock/supplier-status"
import type { ListSuppliersType } from "../validators"

/**
 * The status is computed from dates, so a status filter is the same rule as date conditions
 * (supplierStatus), evaluated by the database so paging stays right.
 */
function statusFilter(status: ListSuppliersType["status"], now: Date): Record<string, unknown> {
  const optedOut = { opted_out_at: { $lte: now } }
  const notOptedOut = { $or: [{ opted_out_at: null }, { opted_out_at: { $gt: now } }] }
  const ended = { contract_end: { $lte: now } }
  const running = { $or: [{ contract_end: null }, { contract_end: { $gt: now } }] }
  switch (status) {
    case "opted_out":
      return optedOut
    case "expired":
      return { $and: [notOptedOut, ended] }
    case "renewed":
      return { $and: [notOptedOut, running, { renewed_at: { $ne: null } }] }
    case "active":
      return { $and: [notOptedOut, running, { renewed_at: null }] }
    default:
      return {}
  }
}

export async function listStockSuppliers(container: MedusaContainer, query: ListSuppliersType) {
  const stock = container.resolve<StockModuleService>(STOCK_MODULE)
  const now = new Date()
  const supplierIds = query.variant_id ? (await stock.listStockSupplierVariants({ variant_id: query.variant_id }, { select: ["supplier_id"] })).map((s) => s.supplier_id) : undefined
  const filters = {
    ...statusFilter(query.status, now),
    archived_at: query.archived === "true" ? { $ne: null } : null,
    ...(query.q ? { name: { $ilike: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}),
    ...(supplierIds ? { id: supplierIds } : {}),
  }
  const [rows, count] = await stock.listAndCountStockSuppliers(filters, { skip: query.offset, take: query.limit, order: { name: "ASC", id: "ASC" } })
  return { suppliers: rows.map((s) => ({ ...s, status: supplierStatus(s, now) })), count, offset: query.offset, limit: query.limit }
}

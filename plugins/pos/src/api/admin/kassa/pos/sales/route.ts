import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { FilterableCustomerProps } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { money, num } from "../../../../../sale/money"
import type { FindSalesType } from "./validators"

type Item = { id: string; title: string; variant_title: string | null; quantity: unknown; total: unknown; refundable_total: unknown; detail?: Record<string, unknown> }

/**
 * Finds counter sales for a return: by the receipt number (typed, or scanned off the receipt's
 * barcode) or by the customer's phone or e-mail; each with its lines, the units that can still
 * come back and what they would refund (`refundable`, VAT and discounts included).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, FindSalesType>, res: MedusaResponse) => {
  const { q, limit } = req.validatedQuery
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  let tickets = await pos.listTickets({ receipt_number: q.toUpperCase(), status: ["completed", "voided"] }, { take: 1 })
  if (!tickets.length) {
    // Phones are stored as typed: match the last ten digits, as the counter's customer search does.
    const digits = q.replace(/\D/g, "")
    const filter = digits.length >= 7 ? ({ phone: { $ilike: `%${digits.slice(-10)}` } } as FilterableCustomerProps) : { email: q.toLowerCase() }
    const customers = await req.scope.resolve(Modules.CUSTOMER).listCustomers(filter, { select: ["id"], take: 20 })
    tickets = customers.length
      ? await pos.listTickets({ customer_id: customers.map((c) => c.id), status: ["completed", "voided"] }, { order: { completed_at: "DESC" }, take: limit })
      : []
  }
  const orderIds = tickets.map((t) => t.order_id!).filter(Boolean)
  const { data: orders } = orderIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "status", "total", "customer_id", "items.*", "items.detail.*", "items.total", "items.refundable_total"],
        filters: { id: orderIds },
      })
    : { data: [] }
  const byId = new Map((orders as { id: string; status: string; total: unknown; items: Item[] }[]).map((o) => [o.id, o]))
  res.json({
    sales: tickets.map((t) => {
      const order = byId.get(t.order_id!)
      return {
        order_id: t.order_id,
        receipt_number: t.receipt_number,
        status: t.status,
        stock_location_id: t.stock_location_id,
        completed_at: t.completed_at,
        customer_id: t.customer_id,
        total: money(num(order?.total as number)),
        lines: (order?.items ?? []).map((i) => {
          const d = i.detail ?? {}
          const back = num(d.return_requested_quantity as number) + num(d.return_received_quantity as number) + num(d.return_dismissed_quantity as number)
          return { item_id: i.id, title: i.title, variant_title: i.variant_title, quantity: num(i.quantity as number), returnable: num(i.quantity as number) - back, total: money(num(i.total as number)), refundable: money(num(i.refundable_total as number)) }
        }),
      }
    }),
  })
}

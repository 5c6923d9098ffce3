import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCentavos } from "@kassa/core/kit"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { earningBase, monthsAfter, pointsFor } from "./rules"

export type SaleEarning = {
  order_id: string
  customer_id: string
  stock_location_id: string | null
  /** Centavos paid that earn (the qualifying spend). */
  spend: number
  points: number
  expires_at: Date | null
  total: number
  /** The member's tier at this sale (its multiplier), kept with the earning for the receipt. */
  tier_name: string | null
}

/**
 * What an order earns its customer: null when it has no customer, the customer is not a member,
 * or it is a web order whose payment is not captured in full yet (an unpaid order earns nothing).
 * A counter sale earns on its earning tenders (kassa_pos_tender); a web order on its total. The
 * multiplier is the member's tier at the moment this is computed.
 */
export async function saleEarning(container: MedusaContainer, orderId: string, now: Date = new Date()): Promise<SaleEarning | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "customer_id", "total", "tax_total", "currency_code", "payment_collections.captured_amount"], filters: { id: orderId } })
  if (!order?.customer_id) return null
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const standing = await loyalty.standing(order.customer_id, now)
  if (!standing) return null
  const settings = await loyalty.settings()
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const tenders = await pos.listTenders({ order_id: orderId }, { select: ["method", "amount", "stock_location_id"] })
  const total = toCentavos(order.total as number)
  if (!tenders.length && capturedOf(order) < total) return null
  const paid = tenders.length
    ? tenders.map((t) => ({ method: t.method, amount: toCentavos(t.amount as unknown as number) }))
    : [{ method: "web", amount: total }]
  const spend = earningBase({ total, tax_total: toCentavos(order.tax_total as number), paid }, settings)
  const multiplier = standing.tier?.earn_multiplier_percent ?? 100
  return {
    order_id: orderId,
    customer_id: order.customer_id,
    stock_location_id: tenders[0]?.stock_location_id ?? null,
    spend,
    points: pointsFor(spend, multiplier, settings),
    expires_at: settings.expiry_mode === "earned" ? monthsAfter(now, settings.expiry_months) : null,
    total,
    tier_name: standing.tier?.name ?? null,
  }
}

/** Centavos captured on an order's payment collections (a web order's payment taken). */
const capturedOf = (order: { payment_collections?: ({ captured_amount?: unknown } | null)[] | null }) =>
  (order.payment_collections ?? []).reduce((a, c) => a + toCentavos((c?.captured_amount ?? 0) as number), 0)

/**
 * What an order came to when it was paid, in centavos: its counter tenders, else what was captured
 * on it (Medusa lowers an order's total once goods come back, so the total is not it any more).
 */
export async function paidTotal(container: MedusaContainer, orderId: string): Promise<{ customer_id: string | null; total: number; current_total: number } | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "customer_id", "total", "payment_collections.captured_amount"], filters: { id: orderId } })
  if (!order) return null
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const tenders = await pos.listTenders({ order_id: orderId }, { select: ["amount"] })
  const current = toCentavos(order.total as number)
  const total = tenders.length ? tenders.reduce((a, t) => a + toCentavos(t.amount as unknown as number), 0) : capturedOf(order) || current
  return { customer_id: order.customer_id ?? null, total, current_total: current }
}

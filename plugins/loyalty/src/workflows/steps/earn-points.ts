import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { saleEarning } from "../../earning/sale-earning"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import type LoyaltyModuleService from "../../modules/loyalty/service"

/**
 * Earns an order's points for its member, once (an event delivered twice writes nothing the
 * second time). Returns the customer (null: no member, nothing earned) and the points the order
 * earned (the first earning's, however the tier has moved since). Undo takes the earning
 * back as a reverse entry: the ledger is never edited.
 */
export const earnPointsStep = createStep(
  "kassa-loyalty-earn-points",
  async (input: { order_id: string }, { container }) => {
    const earning = await saleEarning(container, input.order_id)
    if (!earning) return new StepResponse({ customer_id: null as string | null, points: 0 }, null)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const result = await loyalty.earnOnce({
      customer_id: earning.customer_id,
      reference_type: "order",
      reference_id: earning.order_id,
      points: earning.points,
      spend: earning.spend,
      expires_at: earning.expires_at,
      tier_name: earning.tier_name,
      stock_location_id: earning.stock_location_id,
      reason: earning.stock_location_id ? "Counter sale" : "Web order",
    })
    if (!result) return new StepResponse({ customer_id: null as string | null, points: 0 }, null)
    return new StepResponse(
      { customer_id: earning.customer_id as string | null, points: result.points },
      result.written ? { customer_id: earning.customer_id, order_id: earning.order_id, total: earning.total } : null
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).takeBackOnce({
      customer_id: undo.customer_id,
      reference_type: "earn_undone",
      reference_id: undo.order_id,
      order_id: undo.order_id,
      returned_total: undo.total,
      sale_total: undo.total,
      reason: "Earning undone",
    })
  }
)

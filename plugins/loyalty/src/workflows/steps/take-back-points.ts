import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import { toCentavos } from "@kassa/core/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { paidTotal } from "../../earning/sale-earning"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import type LoyaltyModuleService from "../../modules/loyalty/service"

export type TakeBackInput = {
  order_id: string
  /**
   * "return": a counter return (its id in reference_id); "order_return": a return received through
   * Medusa's own flow (the admin's, Medusa's return id); "void": the whole sale undone.
   */
  kind: "return" | "order_return" | "void"
  reference_id: string
  stock_location_id?: string | null
  actor_id?: string | null
}

const REASONS: Record<TakeBackInput["kind"], string> = { return: "Goods returned", order_return: "Goods returned", void: "Sale voided" }

/**
 * Takes back the points of what came back, once per return or void: a return takes the
 * earning's share that the goods' value is of what the sale was paid, counted over all the sale's
 * returns so far (service.takeBackOnce); a void takes it all. A counter return's goods are its
 * lines; a Medusa return's are how far the order's total has fallen since it was paid (Medusa
 * lowers it by every unit received back), so by the time this runs. Never below zero: a shortfall
 * is recorded instead. Undo gives the points back with an adjustment (the ledger is never edited).
 */
export const takeBackPointsStep = createStep(
  "kassa-loyalty-take-back-points",
  async (input: TakeBackInput, { container }) => {
    const none = new StepResponse({ customer_id: null as string | null }, null)
    const sale = await paidTotal(container, input.order_id)
    if (!sale?.customer_id) return none
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    let returned = sale.total
    if (input.kind === "return") {
      // Every counter return of the sale up to and including this one: the goods' value that came back.
      const pos: PosModuleService = container.resolve(POS_MODULE)
      const returns = await pos.listCounterReturns({ order_id: input.order_id }, { select: ["id", "lines", "created_at"], order: { created_at: "ASC" } })
      const upTo = returns.slice(0, returns.findIndex((r) => r.id === input.reference_id) + 1)
      returned = upTo.reduce((a, r) => a + ((r.lines as unknown as { amount: number | string }[]) ?? []).reduce((s, l) => s + toCentavos(l.amount), 0), 0)
    } else if (input.kind === "order_return") {
      returned = Math.max(0, sale.total - sale.current_total)
    }
    const result = await loyalty.takeBackOnce({
      customer_id: sale.customer_id,
      reference_type: input.kind === "void" ? "void" : "return",
      reference_id: input.reference_id,
      order_id: input.order_id,
      returned_total: returned,
      sale_total: sale.total,
      stock_location_id: input.stock_location_id ?? null,
      actor_id: input.actor_id ?? null,
      reason: REASONS[input.kind],
    })
    if (!result) return none
    return new StepResponse(
      { customer_id: sale.customer_id as string | null },
      result.written && result.points > 0 ? { customer_id: sale.customer_id, points: result.points } : null
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).adjust({ customer_id: undo.customer_id, points: undo.points, reason: "Take-back undone" })
  }
)

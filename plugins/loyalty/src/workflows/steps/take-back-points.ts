import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import { toCentavos } from "@kassa/core/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import type LoyaltyModuleService from "../../modules/loyalty/service"

export type TakeBackInput = {
  order_id: string
  /** "return": a counter return (its id in reference_id); "void": the whole sale undone. */
  kind: "return" | "void"
  reference_id: string
  stock_location_id?: string | null
  actor_id?: string | null
}

/**
 * Takes back the points of what came back, once per return or void: a return takes the
 * earning's share that its goods' value is of the sale's total, counted over all the sale's
 * returns so far (service.takeBackOnce); a void takes it all. Never below zero: a shortfall is
 * recorded instead. Undo gives the points back with an adjustment (the ledger is never edited).
 */
export const takeBackPointsStep = createStep(
  "kassa-loyalty-take-back-points",
  async (input: TakeBackInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [order] } = await query.graph({ entity: "order", fields: ["id", "customer_id", "total"], filters: { id: input.order_id } })
    const none = new StepResponse({ customer_id: null as string | null }, null)
    if (!order?.customer_id) return none
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    // What the sale came to when it was paid: the counter's tenders (Medusa lowers the order's
    // total once goods come back), else the order's total.
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const tenders = await pos.listTenders({ order_id: input.order_id }, { select: ["amount"] })
    const saleTotal = tenders.length ? tenders.reduce((a, t) => a + toCentavos(t.amount as unknown as number), 0) : toCentavos(order.total as number)
    let returned = saleTotal
    if (input.kind === "return") {
      // Every counter return of the sale up to and including this one: the goods' value that came back.
      const returns = await pos.listCounterReturns({ order_id: input.order_id }, { select: ["id", "lines", "created_at"], order: { created_at: "ASC" } })
      const upTo = returns.slice(0, returns.findIndex((r) => r.id === input.reference_id) + 1)
      returned = upTo.reduce((a, r) => a + ((r.lines as unknown as { amount: number | string }[]) ?? []).reduce((s, l) => s + toCentavos(l.amount), 0), 0)
    }
    const result = await loyalty.takeBackOnce({
      customer_id: order.customer_id,
      reference_type: input.kind,
      reference_id: input.reference_id,
      order_id: input.order_id,
      returned_total: returned,
      sale_total: saleTotal,
      stock_location_id: input.stock_location_id ?? null,
      actor_id: input.actor_id ?? null,
      reason: input.kind === "return" ? "Goods returned" : "Sale voided",
    })
    if (!result) return none
    return new StepResponse(
      { customer_id: order.customer_id as string | null },
      result.written && result.points > 0 ? { customer_id: order.customer_id, points: result.points } : null
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).adjust({ customer_id: undo.customer_id, points: undo.points, reason: "Take-back undone" })
  }
)

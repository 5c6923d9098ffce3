import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COST_MODULE } from "../../../modules/cost"
import type CostModuleService from "../../../modules/cost/service"

export type ReviewInput = {
  variant_id: string
  currency_code: string
  rule_id: string
  old_price: string | null
  new_price: string
  old_cost: string | null
  new_cost: string
  status: "pending" | "applied"
  reason: string
}

/**
 * Records the price changes a cost change calls for. A newer pending review of the same variant
 * and currency supersedes an older one (that one is dismissed), so applying never writes a price
 * worked out from a cost no longer in force.
 */
export const createPriceReviewsStep = createStep(
  "create-price-reviews",
  async (reviews: ReviewInput[], { container }) => {
    if (!reviews.length) return new StepResponse([], { created: [] as string[], superseded: [] as string[] })
    const service: CostModuleService = container.resolve(COST_MODULE)
    const older = await service.listPriceReviews({ variant_id: reviews.map((r) => r.variant_id), status: "pending" })
    const superseded = older.filter((o) => reviews.some((r) => r.variant_id === o.variant_id && r.currency_code === o.currency_code)).map((o) => o.id)
    if (superseded.length) await service.updatePriceReviews(superseded.map((id) => ({ id, status: "dismissed" as const })))
    const created = await service.createPriceReviews(
      reviews.map((r) => ({
        ...r,
        old_price: r.old_price == null ? null : Number(r.old_price),
        new_price: Number(r.new_price),
        old_cost: r.old_cost == null ? null : Number(r.old_cost),
        new_cost: Number(r.new_cost),
      }))
    )
    return new StepResponse(created, { created: created.map((c) => c.id), superseded })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CostModuleService = container.resolve(COST_MODULE)
    if (undo.created.length) await service.deletePriceReviews(undo.created)
    if (undo.superseded.length) await service.updatePriceReviews(undo.superseded.map((id) => ({ id, status: "pending" as const })))
  }
)

/** Pending reviews by id: 404 for an unknown id, 400 for one already applied or dismissed. */
export const loadPendingReviewsStep = createStep("load-pending-price-reviews", async (ids: string[], { container }) => {
  const service: CostModuleService = container.resolve(COST_MODULE)
  const reviews = await service.listPriceReviews({ id: ids })
  const missing = ids.filter((id) => !reviews.some((r) => r.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Price reviews not found: ${missing.join(", ")}`)
  const settled = reviews.filter((r) => r.status !== "pending")
  if (settled.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Price reviews already ${settled[0].status}: ${settled.map((s) => s.id).join(", ")}`)
  }
  return new StepResponse(
    reviews.map((r) => ({
      id: r.id,
      variant_id: r.variant_id,
      currency_code: r.currency_code,
      new_price: String(r.new_price),
      old_cost: r.old_cost == null ? null : String(r.old_cost),
      new_cost: String(r.new_cost),
    }))
  )
})

export const settleReviewsStep = createStep(
  "settle-price-reviews",
  async (input: { ids: string[]; status: "applied" | "dismissed" }, { container }) => {
    const service: CostModuleService = container.resolve(COST_MODULE)
    if (!input.ids.length) return new StepResponse([], [] as string[])
    const updated = await service.updatePriceReviews(input.ids.map((id) => ({ id, status: input.status })))
    return new StepResponse(updated, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await (container.resolve(COST_MODULE) as CostModuleService).updatePriceReviews(ids.map((id) => ({ id, status: "pending" as const })))
  }
)

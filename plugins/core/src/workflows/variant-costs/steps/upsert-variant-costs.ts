import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COST_MODULE } from "../../../modules/cost"
import type CostModuleService from "../../../modules/cost/service"

/** `amount` in major units, already checked to fit the currency's minor unit (see validators). */
export type VariantCostInput = {
  variant_id: string
  currency_code: string
  amount: number
}

type Undo = {
  createdIds: string[]
  previous: { id: string; currency_code: string; amount: number }[]
}

/** Creates the cost of variants that have none and updates the others; undo restores both. */
export const upsertVariantCostsStep = createStep(
  "upsert-variant-costs",
  async (costs: VariantCostInput[], { container }) => {
    const service: CostModuleService = container.resolve(COST_MODULE)
    const existing = await service.listVariantCosts({ variant_id: costs.map((c) => c.variant_id) })
    const byVariant = new Map(existing.map((e) => [e.variant_id, e]))

    const toCreate = costs.filter((c) => !byVariant.has(c.variant_id))
    const toUpdate = costs
      .filter((c) => byVariant.has(c.variant_id))
      .map((c) => ({ id: byVariant.get(c.variant_id)!.id, currency_code: c.currency_code, amount: c.amount }))

    const created = toCreate.length ? await service.createVariantCosts(toCreate) : []
    const updated = toUpdate.length ? await service.updateVariantCosts(toUpdate) : []

    const undo: Undo = {
      createdIds: created.map((c) => c.id),
      previous: existing.map((e) => ({ id: e.id, currency_code: e.currency_code, amount: e.amount })),
    }
    return new StepResponse([...created, ...updated], undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CostModuleService = container.resolve(COST_MODULE)
    if (undo.createdIds.length) await service.deleteVariantCosts(undo.createdIds)
    if (undo.previous.length) await service.updateVariantCosts(undo.previous)
  }
)

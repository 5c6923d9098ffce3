import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COST_MODULE } from "../../../modules/cost"
import type CostModuleService from "../../../modules/cost/service"
import type { Rounding } from "../../../pricing/markup"

export type MarkupRuleInput = {
  scope: "product" | "category" | "store"
  product_id?: string | null
  category_id?: string | null
  currency_code: string
  kind: "percent" | "fixed"
  value: string
  rounding: Rounding
}

/**
 * Creates a rule after checking what it names exists (Medusa does not check ids across modules)
 * and that it does not duplicate one in force: one store rule per currency, one rule per product
 * or category per currency — two would leave "most specific wins" undecided.
 */
export const createMarkupRuleStep = createStep(
  "create-markup-rule",
  async (input: MarkupRuleInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    if (input.scope === "product") {
      const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id! } })
      if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
    if (input.scope === "category") {
      const { data } = await query.graph({ entity: "product_category", fields: ["id"], filters: { id: input.category_id! } })
      if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Category ${input.category_id} was not found`)
    }
    const service: CostModuleService = container.resolve(COST_MODULE)
    const target = input.scope === "product" ? { product_id: input.product_id } : input.scope === "category" ? { category_id: input.category_id } : {}
    const [existing] = await service.listMarkupRules({ scope: input.scope, currency_code: input.currency_code, ...target } as any)
    if (existing) {
      const what = input.scope === "store" ? "a store rule" : `a rule for this ${input.scope}`
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `There is already ${what} in ${input.currency_code.toUpperCase()} (${existing.id}): delete it first`
      )
    }
    const rule = await service.createMarkupRules({
      ...input,
      product_id: input.scope === "product" ? input.product_id : null,
      category_id: input.scope === "category" ? input.category_id : null,
    })
    return new StepResponse(rule, rule.id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(COST_MODULE) as CostModuleService).deleteMarkupRules(id)
  }
)

export const deleteMarkupRuleStep = createStep(
  "delete-markup-rule",
  async (id: string, { container }) => {
    const service: CostModuleService = container.resolve(COST_MODULE)
    const [rule] = await service.listMarkupRules({ id }, { select: ["id"] })
    if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Markup rule ${id} was not found`)
    await service.softDeleteMarkupRules(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await (container.resolve(COST_MODULE) as CostModuleService).restoreMarkupRules(id)
  }
)

export type PricingSettings = { markup_apply: "review" | "immediate" }

export async function readPricingSettings(service: CostModuleService): Promise<PricingSettings & { id?: string }> {
  const [row] = await service.listPricingSettings({}, { take: 1, order: { created_at: "ASC" } })
  return row ? { id: row.id, markup_apply: row.markup_apply as PricingSettings["markup_apply"] } : { markup_apply: "review" }
}

export const readPricingSettingsStep = createStep("read-pricing-settings", async (_: void, { container }) => {
  return new StepResponse(await readPricingSettings(container.resolve(COST_MODULE)))
})

/** The one settings row, created on first save; undo puts the previous value back. */
export const savePricingSettingsStep = createStep(
  "save-pricing-settings",
  async (input: PricingSettings, { container }) => {
    const service: CostModuleService = container.resolve(COST_MODULE)
    const current = await readPricingSettings(service)
    const saved = current.id
      ? await service.updatePricingSettings({ id: current.id, ...input })
      : await service.createPricingSettings(input)
    return new StepResponse({ markup_apply: saved.markup_apply }, { id: saved.id, created: !current.id, previous: current.markup_apply })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CostModuleService = container.resolve(COST_MODULE)
    if (undo.created) await service.deletePricingSettings(undo.id)
    else await service.updatePricingSettings({ id: undo.id, markup_apply: undo.previous })
  }
)

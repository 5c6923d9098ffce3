import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type PolicyInput = {
  product_id?: string | null
  category_id?: string | null
  repair_days: number
  replacement_days: number
  manufacturer_months?: number | null
  no_warranty?: boolean
}

type Undo = { created_id: string } | { previous: { id: string; repair_days: number; replacement_days: number; manufacturer_months: number | null; no_warranty: boolean } }

/** Sets the product's (or category's) policy, replacing the one it had; undo restores it. */
export const upsertPolicyStep = createStep(
  "kassa-warranty-upsert-policy",
  async (input: PolicyInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const target = input.product_id ? { product_id: input.product_id } : { category_id: input.category_id! }
    const [existing] = await warranty.listWarrantyPolicies(target)
    const values = {
      ...target,
      repair_days: input.repair_days,
      replacement_days: input.replacement_days,
      manufacturer_months: input.manufacturer_months ?? null,
      no_warranty: input.no_warranty ?? false,
    }
    if (!existing) {
      const created = await warranty.createWarrantyPolicies(values)
      return new StepResponse(created, { created_id: created.id } as Undo)
    }
    const updated = await warranty.updateWarrantyPolicies({ id: existing.id, ...values })
    const { id, repair_days, replacement_days, manufacturer_months, no_warranty } = existing
    return new StepResponse(updated, { previous: { id, repair_days, replacement_days, manufacturer_months, no_warranty } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    if ("created_id" in undo) await warranty.deleteWarrantyPolicies(undo.created_id)
    else await warranty.updateWarrantyPolicies(undo.previous)
  }
)

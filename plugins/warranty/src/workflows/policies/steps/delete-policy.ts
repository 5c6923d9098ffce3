import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"

/** Soft-deletes a policy (its product or category falls back to the next one); undo restores it. */
export const deletePolicyStep = createStep(
  "kassa-warranty-delete-policy",
  async (id: string, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [policy] = await warranty.listWarrantyPolicies({ id }, { select: ["id"] })
    if (!policy) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No warranty policy ${id}`)
    await warranty.softDeleteWarrantyPolicies(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).restoreWarrantyPolicies(id)
  }
)

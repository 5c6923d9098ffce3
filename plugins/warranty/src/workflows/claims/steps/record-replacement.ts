import { failpoint } from "@kassa/core/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { ReplacementInput } from "../../../modules/warranty/service"

/**
 * Records the swap (recordReplacement: one transaction) — the replacement, the faulty unit as
 * defective stock at the branch, the new unit's serial on the original sale line (its warranty
 * runs from the original sale), and the claim completed. Undo removes all of it and reopens the claim.
 */
export const recordReplacementStep = createStep(
  "kassa-warranty-record-replacement",
  async (input: ReplacementInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const { undo, ...recorded } = await warranty.recordReplacement(input)
    failpoint("replacement:recorded")
    return new StepResponse(recorded, undo)
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).undoReplacement(undo)
  }
)

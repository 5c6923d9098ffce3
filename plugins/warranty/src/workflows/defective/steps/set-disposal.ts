import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type { DISPOSAL_STATUSES } from "../../../modules/warranty/models/defective-unit"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type DisposalStatus = (typeof DISPOSAL_STATUSES)[number]

/** Records where a defective unit went; undo puts back what it said before. */
export const setDisposalStep = createStep(
  "kassa-warranty-set-disposal",
  async (input: { id: string; disposal_status: DisposalStatus }, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const [unit] = await warranty.listDefectiveUnits({ id: input.id }, { select: ["id", "disposal_status", "disposed_at"] })
    if (!unit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No defective unit ${input.id}`)
    const updated = await warranty.updateDefectiveUnits({
      id: unit.id,
      disposal_status: input.disposal_status,
      disposed_at: input.disposal_status === "pending" ? null : new Date(),
    })
    return new StepResponse(updated, { id: unit.id, disposal_status: unit.disposal_status, disposed_at: unit.disposed_at })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).updateDefectiveUnits(previous)
  }
)

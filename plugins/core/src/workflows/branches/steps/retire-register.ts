import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"

/** Soft-deletes a register (sales keep pointing at it); undo restores it. */
export const retireRegisterStep = createStep(
  "retire-register",
  async (id: string, { container }) => {
    const service: BranchModuleService = container.resolve(BRANCH_MODULE)
    await service.retrieveRegister(id)
    await service.softDeleteRegisters(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<BranchModuleService>(BRANCH_MODULE).restoreRegisters(id)
  }
)

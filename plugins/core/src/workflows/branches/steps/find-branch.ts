import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BRANCH_MODULE } from "../../../modules/branch"
import type BranchModuleService from "../../../modules/branch/service"

/** The Kassa branch of a stock location; a location without Kassa details is refused. */
export const findBranchStep = createStep("find-branch", async (stockLocationId: string, { container }) => {
  const service: BranchModuleService = container.resolve(BRANCH_MODULE)
  const [branch] = await service.listBranches({ stock_location_id: stockLocationId })
  if (!branch) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stock location ${stockLocationId} has no branch details yet: give it a code first`)
  }
  return new StepResponse(branch)
})

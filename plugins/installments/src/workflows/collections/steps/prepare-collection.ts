import { POS_MODULE } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { localDate } from "../../../schedule/due-dates"
import { branchInfo } from "../../../terms/branch"

type PosSettings = { settingsFor(stockLocationId: string): Promise<{ other_tenders: unknown }> }

/**
 * The collecting branch's code and today's date there, and a check that it takes the tender:
 * cash, card, or one of the branch's own methods (bank transfer, e-wallet, …).
 */
export const prepareCollectionStep = createStep(
  "kassa-installments-prepare-collection",
  async ({ location_id, method }: { location_id: string; method: string }, { container }) => {
    // One after the other: settingsFor creates the settings row, so only for a branch that exists.
    const branch = await branchInfo(container, location_id)
    const settings = await container.resolve<PosSettings>(POS_MODULE).settingsFor(location_id)
    const others = (settings.other_tenders as { methods?: { id: string }[] })?.methods ?? []
    const methods = ["cash", "card", ...others.map((m) => m.id)]
    if (!methods.includes(method)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${branch.name} does not take "${method}" for payments: use ${methods.join(", ")}`)
    }
    return new StepResponse({ branch_code: branch.code, today: localDate(new Date(), branch.timezone) })
  }
)

import { branchAtOr404 } from "@kassa/core/kit"
import { moneyTendersAt } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { localDate } from "../../../schedule/due-dates"

/**
 * The collecting branch's code and today's date there, and a check that it takes the tender:
 * one of the branch's money tenders as the POS defines them (cash, card, its own methods).
 */
export const prepareCollectionStep = createStep(
  "kassa-installments-prepare-collection",
  async ({ location_id, method }: { location_id: string; method: string }, { container }) => {
    // One after the other: settings are created on a branch's first use, so only for a branch that exists.
    const branch = await branchAtOr404(container, location_id)
    const methods = (await moneyTendersAt(container, location_id)).map((t) => t.id)
    if (!methods.includes(method)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${branch.name} does not take "${method}" for payments: use ${methods.join(", ")}`)
    }
    return new StepResponse({ branch_code: branch.code, today: localDate(new Date(), branch.timezone) })
  }
)

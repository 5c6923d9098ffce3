import { giveBackStock, type StockNeed, takeStock } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { variant_id: string; title: string; location_id: string; branch_name: string }
/** Named, so the step's declared type can say it (the build emits declarations). */
type Taken = { location_id: string; needs: StockNeed[] }

/**
 * One new unit leaves the branch's stock, through the counter's own stock taking (same lock,
 * same availability check), so a sale and a replacement never both take the last unit.
 */
export const takeReplacementUnitStep = createStep(
  "kassa-warranty-take-replacement-unit",
  async (input: Input, { container }): Promise<StepResponse<StockNeed[], Taken>> => {
    const needs = await takeStock(container, {
      location: input.location_id,
      lines: [{ variant_id: input.variant_id, quantity: 1, title: input.title }],
      allowNegative: false,
      branchName: input.branch_name,
      purpose: "replacement",
    })
    if (!needs.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.title} has no inventory item: its stock is not tracked`)
    return new StepResponse(needs, { location_id: input.location_id, needs })
  },
  async (taken: Taken | undefined, { container }) => {
    if (taken) await giveBackStock(container, taken.location_id, taken.needs)
  }
)

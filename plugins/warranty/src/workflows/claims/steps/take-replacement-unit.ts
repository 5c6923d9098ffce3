import { failpoint, forgetWorkFactsOn, recordWorkFactsOn } from "@kassa/core/kit"
import { giveBackStock, type StockNeed, takeStock } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { variant_id: string; title: string; location_id: string; branch_name: string; journal_id?: string }
/** Named, so the step's declared type can say it (the build emits declarations). */
export type TakenUnit = { location_id: string; needs: StockNeed[]; journal_id?: string }

/**
 * One new unit leaves the branch's stock, through the counter's own stock taking (same lock,
 * same availability check), so a sale and a replacement never both take the last unit. With a
 * work journal, "stock_taken" is recorded in the levels' own transaction, and cleared in the
 * one that gives the unit back: recovery gives back exactly what was taken.
 */
export const takeReplacementUnitStep = createStep(
  "kassa-warranty-take-replacement-unit",
  async (input: Input, { container }): Promise<StepResponse<StockNeed[], TakenUnit>> => {
    const { journal_id } = input
    const needs = await takeStock(container, {
      location: input.location_id,
      lines: [{ variant_id: input.variant_id, quantity: 1, title: input.title }],
      allowNegative: false,
      branchName: input.branch_name,
      purpose: "replacement",
      alongside: (trx, needs) => recordWorkFactsOn(trx, journal_id, { stock_taken: { location_id: input.location_id, needs } }),
    })
    if (!needs.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${input.title} has no inventory item: its stock is not tracked`)
    failpoint("replacement:stock-taken")
    return new StepResponse(needs, { location_id: input.location_id, needs, journal_id })
  },
  async (taken: TakenUnit | undefined, { container }) => {
    if (taken) await giveBackUnit(container, taken)
  }
)

/** Puts a taken replacement unit back, clearing it from the journal in the same transaction. */
export async function giveBackUnit(container: Parameters<typeof giveBackStock>[0], { location_id, needs, journal_id }: TakenUnit) {
  await giveBackStock(container, location_id, needs, (trx) => forgetWorkFactsOn(trx, journal_id, ["stock_taken"]))
}

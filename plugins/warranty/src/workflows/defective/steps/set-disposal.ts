import { centavosAmount, toCentavos } from "@kassa/core/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type { DISPOSAL_STATUSES } from "../../../modules/warranty/models/defective-unit"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type DisposalStatus = Exclude<(typeof DISPOSAL_STATUSES)[number], "pending">
export type SetDisposalInput = { id: string; disposal_status: DisposalStatus; rma_number?: string | null; actor_id: string | null }
export type DisposedUnit = {
  id: string
  disposal_status: DisposalStatus
  held_by: "not_stocked" | "reservation"
  reservation_id: string | null
  stock_location_id: string
  variant_id: string | null
  inventory_item_id: string | null
}

/**
 * Moves a pending unit to where it went (only a pending one: the module's conditional update
 * refuses a second disposal, also one racing this one). A written-off unit records the variant's
 * cost at this moment (core's cost module), so the loss has a value. Undo makes it pending again.
 */
export const setDisposalStep = createStep(
  "kassa-warranty-set-disposal",
  async (input: SetDisposalInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    let cost: { amount: number; currency_code: string } | undefined
    if (input.disposal_status === "disposed") {
      const [unit] = await warranty.listDefectiveUnits({ id: input.id }, { select: ["variant_id"] })
      if (unit?.variant_id) {
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
          entity: "variant_cost",
          fields: ["amount", "currency_code"],
          filters: { variant_id: unit.variant_id },
        })
        const row = data[0] as { amount: number | string; currency_code: string } | undefined
        // Exact to the centavo, as the cost module keeps it (no float arithmetic on the way).
        if (row) cost = { amount: centavosAmount(toCentavos(row.amount)), currency_code: row.currency_code }
      }
    }
    const updated = await warranty.disposeDefectiveUnit({
      id: input.id,
      to: input.disposal_status,
      disposed_by: input.actor_id,
      rma_number: input.disposal_status === "returned_to_supplier" ? input.rma_number ?? null : null,
      written_off_cost: cost?.amount ?? null,
      written_off_currency: cost?.currency_code ?? null,
    })
    const unit: DisposedUnit = {
      id: updated.id,
      disposal_status: input.disposal_status,
      held_by: updated.held_by,
      reservation_id: updated.reservation_id,
      stock_location_id: updated.stock_location_id,
      variant_id: updated.variant_id,
      inventory_item_id: updated.inventory_item_id,
    }
    return new StepResponse(unit, updated.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).undoDisposal(id)
  }
)

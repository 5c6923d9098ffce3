import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { createShelfDefectiveUnitStep } from "../steps/create-defective-unit"
import { findShelfVariantStep } from "../steps/find-shelf-variant"
import { reserveShelfUnitStep } from "../steps/reserve-shelf-unit"

export type LogShelfUnitInput = { location_id: string; variant_id: string; serial_number?: string | null; reason: string; actor_id: string | null }

/** A unit found faulty on the shelf: held out of sellable stock by a reservation, booked as defective. */
export const logShelfUnitWorkflow = createWorkflow("kassa-warranty-log-shelf-unit", (input: LogShelfUnitInput) => {
  const variant = findShelfVariantStep({ variant_id: input.variant_id })
  // Chosen first, so the reservation's description names the unit it holds.
  const id = transform({}, () => generateEntityId(undefined, "wdef"))
  const reservationId = reserveShelfUnitStep(
    transform({ input, variant, id }, ({ input, variant, id }) => ({ id, location_id: input.location_id, inventory_item_id: variant.inventory_item_id, title: variant.title }))
  )
  const unit = createShelfDefectiveUnitStep(
    transform({ input, variant, id, reservationId }, ({ input, variant, id, reservationId }) => ({
      id,
      location_id: input.location_id,
      variant_id: variant.variant_id,
      product_id: variant.product_id,
      inventory_item_id: variant.inventory_item_id,
      reservation_id: reservationId,
      serial_number: input.serial_number ?? null,
      reason: input.reason,
      created_by: input.actor_id,
    }))
  )
  return new WorkflowResponse(unit)
})

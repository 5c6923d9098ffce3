import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DisposedUnit } from "./set-disposal"

/**
 * A unit held by a reservation lets it go, whatever its disposal: repaired, it is sellable again;
 * gone, the stocked unit leaves too (next step). Soft-deleted, so undo restores the same
 * reservation (Medusa's inventory module moves the reserved quantity both ways).
 */
export const releaseDefectiveReservationStep = createStep(
  "kassa-warranty-release-defective-reservation",
  async (unit: DisposedUnit, { container }) => {
    if (unit.held_by !== "reservation" || !unit.reservation_id) return new StepResponse(null, null)
    await container.resolve(Modules.INVENTORY).softDeleteReservationItems([unit.reservation_id])
    return new StepResponse(unit.reservation_id, unit.reservation_id)
  },
  async (reservationId, { container }) => {
    if (reservationId) await container.resolve(Modules.INVENTORY).restoreReservationItems([reservationId])
  }
)

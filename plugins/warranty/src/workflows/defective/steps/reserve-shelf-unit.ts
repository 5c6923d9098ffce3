import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ShelfUnitInput = { id: string; location_id: string; inventory_item_id: string; title: string }

/**
 * Holds one unit of the variant at the branch with a Medusa reservation, so it is no longer
 * available to sell; refused (400) when the branch has no available unit. Shelf entries for the
 * same item and branch take turns (locking module); a sale at the counter checks availability
 * under its own row locks and reads the reserved quantity this adds, and the level is read again
 * after reserving, so a sale that took the last unit meanwhile makes this one give its hold back.
 */
export const reserveShelfUnitStep = createStep(
  "kassa-warranty-reserve-shelf-unit",
  async (input: ShelfUnitInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const availableNow = async () => {
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: input.inventory_item_id, location_id: input.location_id })
      return level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
    }
    const none = () => new MedusaError(MedusaError.Types.INVALID_DATA, `No unit of ${input.title} is available at this branch to hold as defective`)
    const reservation = await locking.execute(`kassa-warranty-shelf:${input.location_id}:${input.inventory_item_id}`, async () => {
      if ((await availableNow()) < 1) throw none()
      const [created] = await inventory.createReservationItems([
        {
          inventory_item_id: input.inventory_item_id,
          location_id: input.location_id,
          quantity: 1,
          description: `Defective unit ${input.id}`,
          metadata: { kassa_defective_unit_id: input.id },
        },
      ])
      if ((await availableNow()) < 0) {
        await inventory.deleteReservationItems([created.id])
        throw none()
      }
      return created
    })
    return new StepResponse(reservation.id, reservation.id)
  },
  async (reservationId, { container }) => {
    if (reservationId) await container.resolve(Modules.INVENTORY).deleteReservationItems([reservationId])
  }
)

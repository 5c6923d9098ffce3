import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type ShelfDefectiveInput = {
  id: string
  location_id: string
  variant_id: string
  product_id: string
  inventory_item_id: string
  reservation_id: string
  serial_number: string | null
  reason: string
  created_by: string | null
}

/** Books a unit found faulty on the shelf, held by its reservation. */
export const createShelfDefectiveUnitStep = createStep(
  "kassa-warranty-create-shelf-defective-unit",
  async (input: ShelfDefectiveInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const unit = await warranty.createDefectiveUnits({
      id: input.id,
      source: "shelf",
      held_by: "reservation",
      reservation_id: input.reservation_id,
      stock_location_id: input.location_id,
      variant_id: input.variant_id,
      product_id: input.product_id,
      inventory_item_id: input.inventory_item_id,
      serial_number: input.serial_number,
      reason: input.reason,
      received_at: new Date(),
      created_by: input.created_by,
    })
    return new StepResponse(unit, unit.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).deleteDefectiveUnits(id)
  }
)

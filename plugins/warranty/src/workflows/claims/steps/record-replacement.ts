import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"

type Input = {
  claim: { id: string; serial_number: string; stock_location_id: string; order_id: string; line_item_id: string; product_id: string | null; variant_id: string | null }
  variant: { id: string; product_id: string }
  inventory_item_id: string
  new_serial: string
  reason: string
  actor_id: string
}

type Undo = { claim_id: string; replacement_id: string; defective_id: string; serial_id: string; event_id: string }

/**
 * Records the swap: the replacement (old and new serials), the faulty unit as defective stock
 * at the branch, the new unit's serial on the original sale line (its warranty runs from the
 * original sale), and the claim completed. Undo removes all of it and reopens the claim.
 */
export const recordReplacementStep = createStep(
  "kassa-warranty-record-replacement",
  async (input: Input, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const { claim } = input
    const replacement = await warranty.createReplacements({
      claim_id: claim.id,
      old_serial: claim.serial_number,
      new_serial: input.new_serial,
      new_variant_id: input.variant.id,
      inventory_item_id: input.inventory_item_id,
      stock_location_id: claim.stock_location_id,
      replaced_by: input.actor_id,
    })
    const defective = await warranty.createDefectiveUnits({
      claim_id: claim.id,
      product_id: claim.product_id,
      variant_id: claim.variant_id,
      stock_location_id: claim.stock_location_id,
      serial_number: claim.serial_number,
      reason: input.reason,
      received_at: new Date(),
    })
    const serial = await warranty.createSoldSerials({
      serial_number: input.new_serial,
      order_id: claim.order_id,
      line_item_id: claim.line_item_id,
      product_id: input.variant.product_id,
      variant_id: input.variant.id,
      stock_location_id: claim.stock_location_id,
    })
    const claimUpdate = await warranty.updateWarrantyClaims({ id: claim.id, status: "completed" })
    const event = await warranty.createClaimEvents({
      claim_id: claim.id,
      from_status: "in_progress",
      to_status: "completed",
      actor_id: input.actor_id,
      note: `Replaced S/N ${claim.serial_number} with S/N ${input.new_serial}`,
    })
    const undo: Undo = { claim_id: claim.id, replacement_id: replacement.id, defective_id: defective.id, serial_id: serial.id, event_id: event.id }
    return new StepResponse({ claim: claimUpdate, replacement, defective }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.deleteClaimEvents(undo.event_id)
    await warranty.updateWarrantyClaims({ id: undo.claim_id, status: "in_progress" })
    await warranty.deleteSoldSerials(undo.serial_id)
    await warranty.deleteDefectiveUnits(undo.defective_id)
    await warranty.deleteReplacements(undo.replacement_id)
  }
)

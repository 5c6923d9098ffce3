import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { ClaimEvent, DefectiveUnit, Replacement, SoldSerial, WarrantyClaim, WarrantyPolicy } from "./models"

export type ReplacementInput = {
  /** Chosen before: recovery tells a recorded replacement from one never written by it. */
  id: string
  claim: { id: string; serial_number: string; stock_location_id: string; order_id: string; line_item_id: string; product_id: string | null; variant_id: string | null }
  variant: { id: string; product_id: string }
  inventory_item_id: string
  new_serial: string
  reason: string
  actor_id: string
}

export type ReplacementUndo = { claim_id: string; replacement_id: string; defective_id: string; serial_id: string; event_id: string }

export default class WarrantyModuleService extends MedusaService({
  WarrantyPolicy,
  SoldSerial,
  WarrantyClaim,
  ClaimEvent,
  Replacement,
  DefectiveUnit,
}) {
  /**
   * Records a swap in one transaction: the replacement (old and new serials), the faulty unit as
   * defective stock, the new unit's serial on the original sale line, the claim completed and its
   * event. A crash leaves all of it or none, so "the claim recorded the replacement" is one fact.
   */
  @InjectTransactionManager()
  async recordReplacement(input: ReplacementInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const { claim } = input
    const replacement = await this.createReplacements(
      {
        id: input.id,
        claim_id: claim.id,
        old_serial: claim.serial_number,
        new_serial: input.new_serial,
        new_variant_id: input.variant.id,
        inventory_item_id: input.inventory_item_id,
        stock_location_id: claim.stock_location_id,
        replaced_by: input.actor_id,
      },
      ctx
    )
    const defective = await this.createDefectiveUnits(
      {
        claim_id: claim.id,
        product_id: claim.product_id,
        variant_id: claim.variant_id,
        stock_location_id: claim.stock_location_id,
        serial_number: claim.serial_number,
        reason: input.reason,
        received_at: new Date(),
      },
      ctx
    )
    const serial = await this.createSoldSerials(
      {
        serial_number: input.new_serial,
        order_id: claim.order_id,
        line_item_id: claim.line_item_id,
        product_id: input.variant.product_id,
        variant_id: input.variant.id,
        stock_location_id: claim.stock_location_id,
      },
      ctx
    )
    const updated = await this.updateWarrantyClaims({ id: claim.id, status: "completed" }, ctx)
    const event = await this.createClaimEvents(
      { claim_id: claim.id, from_status: "in_progress", to_status: "completed", actor_id: input.actor_id, note: `Replaced S/N ${claim.serial_number} with S/N ${input.new_serial}` },
      ctx
    )
    const undo: ReplacementUndo = { claim_id: claim.id, replacement_id: replacement.id, defective_id: defective.id, serial_id: serial.id, event_id: event.id }
    return { claim: updated, replacement, defective, undo }
  }

  /** Takes a recorded swap back (a later step failed), in one transaction: the claim reopens. */
  @InjectTransactionManager()
  async undoReplacement(undo: ReplacementUndo, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await this.deleteClaimEvents(undo.event_id, ctx)
    await this.updateWarrantyClaims({ id: undo.claim_id, status: "in_progress" }, ctx)
    await this.deleteSoldSerials(undo.serial_id, ctx)
    await this.deleteDefectiveUnits(undo.defective_id, ctx)
    await this.deleteReplacements(undo.replacement_id, ctx)
  }
}

import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
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

/** One unit of a damaged counter-return line, as it is booked. */
export type ReturnUnitInput = {
  return_id: string
  return_line_id: string
  unit_index: number
  product_id: string | null
  variant_id: string | null
  inventory_item_id: string | null
  stock_location_id: string
  serial_number: string | null
  reason: string
  created_by: string | null
}

export type DisposalChange = {
  id: string
  to: "repaired" | "returned_to_supplier" | "disposed"
  disposed_by: string | null
  rma_number?: string | null
  written_off_cost?: number | null
  written_off_currency?: string | null
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

  /**
   * Books a damaged return's units, each once: the return's event may be delivered twice (and
   * recovery may announce it again), so the units it already has are skipped. A transaction-wide
   * advisory lock on the return makes two deliveries at once take turns instead of both seeing
   * "none yet"; the unique index on (return_id, return_line_id, unit_index) is the backstop.
   * Returns only the units created now (what an undo removes).
   */
  @InjectTransactionManager()
  async recordReturnUnits(return_id: string, units: ReturnUnitInput[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`kassa-warranty-defective-return:${return_id}`])
    const known = new Set(
      ((await em.execute(`select return_line_id, unit_index from kassa_warranty_defective_unit where return_id = ? and deleted_at is null`, [return_id])) as {
        return_line_id: string
        unit_index: number
      }[]).map((u) => `${u.return_line_id}|${u.unit_index}`)
    )
    const missing = units.filter((u) => !known.has(`${u.return_line_id}|${u.unit_index}`))
    if (!missing.length) return []
    return await this.createDefectiveUnits(
      missing.map((u) => ({ ...u, source: "return" as const, held_by: "not_stocked" as const, received_at: new Date() })),
      ctx
    )
  }

  /**
   * Moves a pending unit to where it went. The update is conditional (`where disposal_status =
   * 'pending'`): of two managers disposing of the same unit at once, the second's update waits for
   * the first's row lock, then matches no row and is refused, so stock moves once.
   */
  @InjectTransactionManager()
  async disposeDefectiveUnit(change: DisposalChange, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const claimed = (await em.execute(
      `update kassa_warranty_defective_unit set disposal_status = ?, disposed_at = now(), disposed_by = ?, updated_at = now()
        where id = ? and disposal_status = 'pending' and deleted_at is null returning id`,
      [change.to, change.disposed_by, change.id]
    )) as { id: string }[]
    if (!claimed.length) {
      const [unit] = (await em.execute(`select disposal_status from kassa_warranty_defective_unit where id = ? and deleted_at is null`, [change.id])) as { disposal_status: string }[]
      if (!unit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No defective unit ${change.id}`)
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Defective unit ${change.id} is already ${unit.disposal_status}`)
    }
    return await this.updateDefectiveUnits(
      {
        id: change.id,
        rma_number: change.rma_number ?? null,
        written_off_cost: change.written_off_cost ?? null,
        written_off_currency: change.written_off_currency ?? null,
      },
      ctx
    )
  }

  /** Puts a unit back to pending (a later step of its disposal failed). */
  @InjectTransactionManager()
  async undoDisposal(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await this.updateDefectiveUnits(
      { id, disposal_status: "pending", disposed_at: null, disposed_by: null, rma_number: null, written_off_cost: null, written_off_currency: null },
      ctx
    )
  }
}

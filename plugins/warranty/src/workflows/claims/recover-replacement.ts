import { defineWorkRecovery } from "@kassa/core/kit"
import { Modules } from "@medusajs/framework/utils"
import { WARRANTY_CLAIM_STATUS_CHANGED } from "../../events"
import { WARRANTY_MODULE } from "../../modules/warranty"
import type WarrantyModuleService from "../../modules/warranty/service"
import { giveBackUnit, type TakenUnit } from "./steps/take-replacement-unit"
import { REPLACEMENT_WORK } from "./workflows/replace-unit"

/**
 * A replacement that a crash interrupted. The swap recorded (its planned id is there: one
 * transaction wrote it with the claim completed): finished, its event sent. Not recorded: the
 * unit the journal says was taken goes back (clearing it in the same transaction), undone — the
 * claim is still in progress and the client's retry replaces the unit anew.
 */
defineWorkRecovery(REPLACEMENT_WORK, async (container, run) => {
  const facts = run.facts as { replacement_id?: string; stock_taken?: Omit<TakenUnit, "journal_id"> }
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const [replacement] = facts.replacement_id ? await warranty.listReplacements({ id: facts.replacement_id }, { select: ["id", "claim_id"] }) : []
  if (replacement) {
    const [defective] = await warranty.listDefectiveUnits({ claim_id: replacement.claim_id })
    await container.resolve(Modules.EVENT_BUS).emit({ name: WARRANTY_CLAIM_STATUS_CHANGED, data: { id: replacement.claim_id, from: "in_progress", to: "completed" } })
    return { outcome: "done", response: { defective } }
  }
  if (facts.stock_taken) await giveBackUnit(container, { ...facts.stock_taken, journal_id: run.id })
  return { outcome: "undone" }
})

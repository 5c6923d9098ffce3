import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import { canMove, STATUS_LABELS, TRANSITIONS, type ClaimStatus } from "../../../modules/warranty/lifecycle"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type UpdateClaimInput = {
  claim_id: string
  status?: ClaimStatus
  note?: string | null
  technician_id?: string | null
  repair_notes?: string | null
  parts_cost?: number
  labour_cost?: number
  actor_id: string
}

const DETAILS = ["technician_id", "repair_notes", "parts_cost", "labour_cost"] as const

const notAllowed = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Moves a claim along its lifecycle and records its repair details. Under a lock per claim, so
 * two people moving the same claim at once are checked one after the other, never both against
 * the same old status. Undo puts the claim back and drops the step from its history.
 */
export const updateClaimStep = createStep(
  "kassa-warranty-update-claim",
  async (input: UpdateClaimInput, { container }) => {
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    return await locking.execute(`kassa-warranty-claim:${input.claim_id}`, async () => {
      const [claim] = await warranty.listWarrantyClaims({ id: input.claim_id }, { relations: ["replacement"] })
      if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No warranty claim ${input.claim_id}`)
      const from = claim.status as ClaimStatus
      const to = input.status && input.status !== from ? input.status : undefined
      if (!TRANSITIONS[from].length) throw notAllowed(`The claim is ${STATUS_LABELS[from]}: it can no longer change`)
      if (input.status === from) throw notAllowed(`The claim is already ${STATUS_LABELS[from]}`)
      if (to && !canMove(from, to)) {
        throw notAllowed(`A claim cannot go from ${STATUS_LABELS[from]} to ${STATUS_LABELS[to]} (from ${STATUS_LABELS[from]}: ${TRANSITIONS[from].map((s) => STATUS_LABELS[s]).join(", ")})`)
      }
      if (to === "completed" && claim.type === "replacement" && !claim.replacement) {
        throw notAllowed("A replacement claim is completed by replacing the unit (POST …/replacement)")
      }
      if (input.technician_id) {
        const staff: StaffModuleService = container.resolve(STAFF_MODULE)
        const [technician] = await staff.listStaffMembers({ id: input.technician_id, is_active: true })
        if (!technician) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active staff member ${input.technician_id}`)
      }

      const changes = Object.fromEntries(DETAILS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]))
      const previous = {
        id: claim.id,
        status: from,
        technician_id: claim.technician_id,
        repair_notes: claim.repair_notes,
        parts_cost: claim.parts_cost,
        labour_cost: claim.labour_cost,
      }
      const updated = await warranty.updateWarrantyClaims({ id: claim.id, ...changes, ...(to ? { status: to } : {}) })
      const event = to ? await warranty.createClaimEvents({ claim_id: claim.id, from_status: from, to_status: to, actor_id: input.actor_id, note: input.note ?? null }) : null
      return new StepResponse({ claim: updated, from, to: to ?? null }, { previous, event_id: event?.id ?? null })
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    await warranty.updateWarrantyClaims(undo.previous)
    if (undo.event_id) await warranty.deleteClaimEvents(undo.event_id)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

export type MoveReturnRequestInput = {
  id: string
  from: "pending" | "approved"
  to: { status: "approved" | "rejected" | "completed"; decided_by?: string; decision_note?: string | null; return_record_id?: string; completed_by?: string }
}

/**
 * The request's next status, taken only if it still has the one expected (a conditional update:
 * see moveReturnRequest). Otherwise 400 naming where it is: of two managers approving at once the
 * second is told it is approved already; a pending one past its expiry is expired (and marked so).
 */
export const moveReturnRequestStep = createStep(
  "kassa-pos-move-return-request",
  async (input: MoveReturnRequestInput, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const moved = await pos.moveReturnRequest(input.id, input.from, input.to)
    if (!moved) {
      const [found] = await pos.listReturnRequests({ id: input.id }, { select: ["number", "status", "expires_at"] })
      if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No return request ${input.id}`)
      const expired = found.status === "pending" && new Date(found.expires_at) <= new Date()
      if (expired) await pos.expireReturnRequests()
      const status = expired ? "expired" : found.status
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        status === input.from ? `Return request ${found.number} cannot be ${input.to.status} now` : `Return request ${found.number} is ${status === "pending" ? "not approved yet" : `already ${status}`}`
      )
    }
    return new StepResponse(moved, input)
  },
  async (input, { container }) => {
    // Put back what this step changed (a later step failed): the status it left, the decision cleared.
    if (!input) return
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    await pos.updateReturnRequests({
      id: input.id,
      status: input.from,
      ...(input.to.status === "completed" ? { return_record_id: null, completed_by: null, completed_at: null } : { decided_by: null, decided_at: null, decision_note: null }),
    })
  }
)

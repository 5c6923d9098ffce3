import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

export type CashMovementInput = { session_id: string; type: "in" | "out"; amount: number; reason: string; created_by: string }

/** Cash in or out of an open drawer, with its reason. */
export const cashMovementStep = createStep(
  "kassa-pos-cash-movement",
  async (input: CashMovementInput, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const session = await pos.retrieveDrawerSession(input.session_id)
    if (session.status !== "open") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The drawer session is closed: cash can only move in an open one")
    const movement = await pos.createCashMovements({ session_id: input.session_id, type: input.type, amount: input.amount, reason: input.reason, created_by: input.created_by })
    return new StepResponse(movement, movement.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteCashMovements(id)
  }
)

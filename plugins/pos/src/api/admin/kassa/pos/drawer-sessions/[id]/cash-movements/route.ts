import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordCashMovementWorkflow } from "../../../../../../../workflows/drawer"
import type { CashMovementType } from "../../validators"

/** Cash into or out of an open drawer (change fund, bank drop, petty cash), with its reason. */
export const POST = async (req: AuthenticatedMedusaRequest<CashMovementType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  const { result } = await recordCashMovementWorkflow(req.scope).run({
    input: { session_id: req.params.id, ...req.validatedBody, created_by: access.staff?.id ?? req.auth_context.actor_id },
  })
  res.status(201).json({ cash_movement: result })
}

import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerLocation } from "../../../../branch-of-register"
import { counterReturnWorkflow } from "../../../../../workflows/returns"
import type { CounterReturnType } from "./validators"

/**
 * Takes a return at this register: the lines and quantities coming back with their condition,
 * the reason and how the money goes back. Medusa records the return on the order.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CounterReturnType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A return is taken by a staff member, not an API key")
  const { approval, ...body } = req.validatedBody
  const { result } = await counterReturnWorkflow(req.scope).run({
    input: {
      ...body,
      stock_location_id: await registerLocation(req.scope, body.register_id),
      user_id: req.auth_context.actor_id,
      caller: { staff_member_id: access.staff.id, may_refund: access.can("pos:refund") },
      approval,
    },
  })
  res.status(201).json({ return: result })
}

import { accessOf, runJournaled } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerLocation } from "../../../../branch-of-register"
import { counterReturnWorkflow, RETURN_WORK } from "../../../../../workflows/returns"
import type { CounterReturnType } from "./validators"

/**
 * Takes a return at this register: the lines and quantities coming back with their condition,
 * the reason and how the money goes back. Medusa records the return on the order. Under the work
 * journal, keyed by the Idempotency-Key header (without one, no retry is recognised): a retry answers the same
 * return, one a crash interrupted is finished or undone first.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CounterReturnType>, res: MedusaResponse) => {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A return is taken by a staff member, not an API key")
  // The manager's PIN is not kept in the journal: only what identifies the request.
  const { approval, ...body } = req.validatedBody
  const staff = access.staff
  const { response } = await runJournaled(req.scope, { kind: RETURN_WORK, key: req.get("idempotency-key"), input: body }, async ({ id }) =>
    counterReturnWorkflow(req.scope).run({
      input: {
        ...body,
        stock_location_id: await registerLocation(req.scope, body.register_id),
        user_id: req.auth_context.actor_id,
        caller: { staff_member_id: staff.id, may_refund: access.can("pos:refund") },
        approval,
        journal_id: id,
      },
      throwOnError: false,
    })
  )
  res.status(201).json({ return: response })
}

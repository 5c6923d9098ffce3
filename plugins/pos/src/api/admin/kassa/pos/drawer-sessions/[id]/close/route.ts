import { accessOf } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { countTotal } from "../../../../../../../drawer/denominations"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { closeDrawerSessionWorkflow } from "../../../../../../../workflows/drawer"
import type { CloseDrawerType } from "../../validators"

/**
 * Closes the drawer with the counted cash and issues its Z report. Whoever opened it closes it;
 * closing someone else's (an abandoned drawer) needs pos:manage_drawers and is marked forced.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CloseDrawerType>, res: MedusaResponse) => {
  const { denominations, counted_cash, note } = req.validatedBody
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A drawer is closed by a staff member, not an API key")
  const session = await req.scope.resolve<PosModuleService>(POS_MODULE).retrieveDrawerSession(req.params.id)
  const forced = session.opened_by !== access.staff.id
  if (forced && !access.can("pos:manage_drawers")) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This drawer was opened by someone else: closing it needs pos:manage_drawers (a manager)")
  }
  if (forced && !note) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Closing someone else's drawer needs a note saying why")
  const counted = denominations ? countTotal(denominations) : counted_cash!
  if (denominations && counted_cash != null && counted_cash !== counted) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The denominations add up to ${counted.toFixed(2)}, not the counted_cash ${counted_cash.toFixed(2)}`)
  }
  const { result } = await closeDrawerSessionWorkflow(req.scope).run({
    input: { session_id: req.params.id, counted_cash: counted, denominations: denominations ?? null, closed_by: access.staff.id, force_closed: forced, note: note ?? null },
  })
  res.json({ z_report: result })
}

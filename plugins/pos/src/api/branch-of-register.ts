import { BRANCH_MODULE, type BranchModuleService } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/** The stock location of an active register (a route guard's branch, and where its drawer belongs). */
export async function registerLocation(scope: MedusaRequest["scope"], registerId: string) {
  const branches = scope.resolve<BranchModuleService>(BRANCH_MODULE)
  const [register] = await branches.listRegisters({ id: registerId }, { relations: ["branch"] })
  if (!register || !register.is_active) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active register ${registerId}`)
  return register.branch.stock_location_id
}

/** Routes on a register (the URL's :register_id, else the body's register_id) are guarded at its branch. */
export const registerBranch = (req: MedusaRequest) => {
  const id: unknown = req.params.register_id ?? (req.body as { register_id?: unknown } | undefined)?.register_id
  // The guard runs before the body's validation: a register id that is not one is a 400, not a lookup.
  if (typeof id !== "string" || !/^kreg_[0-9A-Za-z]{1,60}$/.test(id)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "register_id must be a register id (kreg_…)")
  }
  return registerLocation(req.scope, id)
}

/** Routes on a drawer session are guarded at its branch. */
export async function sessionBranch(req: MedusaRequest) {
  const [session] = await req.scope.resolve<PosModuleService>(POS_MODULE).listDrawerSessions({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No drawer session ${req.params.id}`)
  return session.stock_location_id
}

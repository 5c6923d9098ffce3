import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareFunction } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accessOf, requireAllBranches, requireBranch, requirePolicy } from "./access"
import { BranchFrom, branchesOf } from "./branch-context"
import { requireBranchOpen, requirePluginOn } from "./switches"

export type GuardOptions = {
  /** Where the branch comes from; without it the route is not branch-scoped. */
  branch?: BranchFrom
  /** With a branch given, refuses when this plugin is switched off there. */
  plugin?: string
  /** Refuse when the route needs a branch and the request names none. */
  branchRequired?: boolean
  /** A write allowed at a closed branch (reopening it); every other write there is refused. */
  allowClosed?: boolean
  /** What the route concerns every branch (named in the refusal): only staff of all branches pass. */
  storeWide?: string
}

/** Refuses with 403 unless the signed-in staff holds `policy` (at the request's branch). */
export function guard(policy: string, options: GuardOptions = {}): MiddlewareFunction {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const access = await accessOf(req)
      requirePolicy(access, policy)
      if (options.storeWide) requireAllBranches(access, options.storeWide)
      const branches = options.branch ? await branchesOf(req, options.branch) : []
      if (options.branchRequired && !branches.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "This request needs a branch (stock location id)")
      }
      for (const b of branches) {
        await requireBranch(req, access, b)
        if (options.plugin) await requirePluginOn(req.scope, options.plugin, b)
        if (req.method !== "GET" && !options.allowClosed) await requireBranchOpen(req.scope, b)
      }
      next()
    } catch (e) {
      next(e)
    }
  }
}

/** For reads any staff member may make, but only at their own branches. */
export function branchGuard(branch: BranchFrom): MiddlewareFunction {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const access = await accessOf(req)
      for (const b of await branchesOf(req, branch)) await requireBranch(req, access, b)
      next()
    } catch (e) {
      next(e)
    }
  }
}

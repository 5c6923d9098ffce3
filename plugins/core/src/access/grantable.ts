import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STAFF_MODULE } from "../modules/staff"
import type StaffModuleService from "../modules/staff/service"
import { accessOf } from "./access"

type Grant = { roles?: string[]; branch_ids?: string[]; all_branches?: boolean }

/**
 * Refuses to hand out more than the granter holds: every policy of the given roles, every
 * branch, and "all branches" only from staff who have it. Stops a manager making an owner.
 */
export async function checkGrantable(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = (req.body ?? {}) as Grant
    const access = await accessOf(req)
    const problems: string[] = []
    if (body.roles?.length) {
      const service: StaffModuleService = req.scope.resolve(STAFF_MODULE)
      const roles = await service.listStaffRoles({ name: body.roles }, { select: ["name", "policies"] })
      for (const role of roles) {
        const beyond = (role.policies as string[]).filter((p) => !access.can(p))
        if (beyond.length) problems.push(`you cannot grant the role ${role.name} (it holds ${beyond.join(", ")})`)
      }
    }
    if (body.all_branches && !access.allBranches) problems.push("you cannot grant access to every branch")
    const foreign = (body.branch_ids ?? []).filter((b) => !access.atBranch(b))
    if (foreign.length) problems.push(`you cannot grant branches you do not work at: ${foreign.join(", ")}`)
    if (problems.length) throw new MedusaError(MedusaError.Types.FORBIDDEN, problems.join("; "))
    next()
  } catch (e) {
    next(e)
  }
}

/** The staff member named in the URL must work only where the caller does. */
export async function checkStaffInReach(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const access = await accessOf(req)
    const service: StaffModuleService = req.scope.resolve(STAFF_MODULE)
    const target = await service.retrieveStaffMember(req.params.id, { select: ["branch_ids", "all_branches"] })
    const outside = (target.branch_ids as string[]).filter((b) => !access.atBranch(b))
    if ((target.all_branches && !access.allBranches) || outside.length) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "This staff member also works at branches you do not manage")
    }
    next()
  } catch (e) {
    next(e)
  }
}

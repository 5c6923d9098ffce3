import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allPolicies } from "../../../access/registry"
import { STAFF_MODULE } from "../../../modules/staff"
import type StaffModuleService from "../../../modules/staff/service"

/**
 * A role may hold `*`, `resource:*` or policies some installed plugin declares. Policies the
 * role already has stay allowed: a default role names those of plugins installed later.
 */
export const validatePoliciesStep = createStep(
  "validate-role-policies",
  async ({ policies, role_id }: { policies?: string[]; role_id?: string }, { container }) => {
    if (!policies) return new StepResponse(undefined)
    const service: StaffModuleService = container.resolve(STAFF_MODULE)
    const held = role_id ? ((await service.retrieveStaffRole(role_id)).policies as string[]) : []
    const known = allPolicies()
    const resources = new Set(Object.keys(known).map((p) => p.split(":")[0]))
    const isKnown = (p: string) => p === "*" || p in known || (p.endsWith(":*") && resources.has(p.slice(0, -2)))
    const unknown = policies.filter((p) => !held.includes(p) && !isKnown(p))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown polic${unknown.length > 1 ? "ies" : "y"}: ${unknown.join(", ")}`)
    }
    return new StepResponse(undefined)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { allPolicies } from "../../../access/registry"

/** A role may hold `*`, `resource:*` or policies some installed plugin declares. */
export const validatePoliciesStep = createStep("validate-role-policies", async (policies: string[] | undefined) => {
  if (!policies) return new StepResponse(undefined)
  const known = allPolicies()
  const resources = new Set(Object.keys(known).map((p) => p.split(":")[0]))
  const unknown = policies.filter((p) => p !== "*" && !(p in known) && !(p.endsWith(":*") && resources.has(p.slice(0, -2))))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown polic${unknown.length > 1 ? "ies" : "y"}: ${unknown.join(", ")}`)
  }
  return new StepResponse(undefined)
})

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WARRANTY_MODULE } from "../../../../../modules/warranty"
import type WarrantyModuleService from "../../../../../modules/warranty/service"
import { upsertWarrantyPolicyWorkflow } from "../../../../../workflows/policies"
import type { ListPoliciesType, PolicyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListPoliciesType>, res: MedusaResponse) => {
  const warranty: WarrantyModuleService = req.scope.resolve(WARRANTY_MODULE)
  const filters = Object.fromEntries(Object.entries(req.validatedQuery).filter(([, v]) => v))
  res.json({ policies: await warranty.listWarrantyPolicies(filters, { order: { created_at: "ASC" } }) })
}

/** Sets the warranty of a product or of a category's products (replacing what it had). */
export const POST = async (req: AuthenticatedMedusaRequest<PolicyType>, res: MedusaResponse) => {
  const { result } = await upsertWarrantyPolicyWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ policy: result })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COST_MODULE } from "../../../../../modules/cost"
import type CostModuleService from "../../../../../modules/cost/service"
import { createMarkupRuleWorkflow } from "../../../../../workflows/pricing"
import type { GetMarkupRulesType, PostMarkupRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<GetMarkupRulesType>, res: MedusaResponse) => {
  // Query names a module's list methods after the table (listAndCountKassa…), which MedusaService does not generate: the service reads.
  const service: CostModuleService = req.scope.resolve(COST_MODULE)
  const { skip, take, order } = req.queryConfig.pagination
  const [data, count] = await service.listAndCountMarkupRules(req.filterableFields as any, { select: req.queryConfig.fields as any, skip, take, order: order ?? { created_at: "DESC" } })
  const metadata = { count, skip, take }
  res.json({ markup_rules: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostMarkupRuleType>, res: MedusaResponse) => {
  const { result } = await createMarkupRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ markup_rule: result })
}

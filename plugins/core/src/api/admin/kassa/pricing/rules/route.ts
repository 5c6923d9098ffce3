import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createMarkupRuleWorkflow } from "../../../../../workflows/pricing"
import type { GetMarkupRulesType, PostMarkupRuleType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<GetMarkupRulesType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "kassa_markup_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ markup_rules: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostMarkupRuleType>, res: MedusaResponse) => {
  const { result } = await createMarkupRuleWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ markup_rule: result })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertVariantCostsWorkflow } from "../../../../workflows/variant-costs"
import type { GetVariantCostsType, PostVariantCostsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<GetVariantCostsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "variant_cost",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ variant_costs: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

export const POST = async (req: AuthenticatedMedusaRequest<PostVariantCostsType>, res: MedusaResponse) => {
  const { result } = await upsertVariantCostsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ variant_costs: result })
}

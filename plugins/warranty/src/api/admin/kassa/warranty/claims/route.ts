import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fileClaimWorkflow } from "../../../../../workflows/claims"
import { actorOf } from "../actor"
import { claimDetailFields } from "../query-config"
import { claimFilters } from "../scope"
import type { FileClaimType, ListClaimsType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListClaimsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "warranty_claim",
    fields: req.queryConfig.fields,
    filters: await claimFilters(req, req.validatedQuery),
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  res.json({ claims: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

/** Files a claim at the branch that takes the unit in; outside its window only by override. */
export const POST = async (req: AuthenticatedMedusaRequest<FileClaimType>, res: MedusaResponse) => {
  const actor = await actorOf(req)
  const { result } = await fileClaimWorkflow(req.scope).run({ input: { ...req.validatedBody, actor } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "warranty_claim", fields: claimDetailFields, filters: { id: result.id } })
  res.status(201).json({ claim: data[0] })
}

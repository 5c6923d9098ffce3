import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { GetPriceReviewsType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<GetPriceReviewsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "kassa_price_review",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({ price_reviews: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

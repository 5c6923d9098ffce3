import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COST_MODULE } from "../../../../../modules/cost"
import type CostModuleService from "../../../../../modules/cost/service"
import type { GetPriceReviewsType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest<GetPriceReviewsType>, res: MedusaResponse) => {
  // Query names a module's list methods after the table (listAndCountKassa…), which MedusaService does not generate: the service reads.
  const service: CostModuleService = req.scope.resolve(COST_MODULE)
  const { skip, take, order } = req.queryConfig.pagination
  const [data, count] = await service.listAndCountPriceReviews(req.filterableFields as any, { select: req.queryConfig.fields as any, skip, take, order: order ?? { created_at: "DESC" } })
  const metadata = { count, skip, take }
  res.json({ price_reviews: data, count: metadata?.count, offset: metadata?.skip, limit: metadata?.take })
}

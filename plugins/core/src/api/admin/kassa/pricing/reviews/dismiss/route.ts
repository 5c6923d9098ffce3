import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dismissPriceReviewsWorkflow } from "../../../../../../workflows/pricing"
import type { PostReviewIdsType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<PostReviewIdsType>, res: MedusaResponse) => {
  const { result } = await dismissPriceReviewsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ price_reviews: result })
}

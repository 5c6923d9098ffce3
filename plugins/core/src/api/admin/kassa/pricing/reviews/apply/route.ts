import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPriceReviewsWorkflow } from "../../../../../../workflows/pricing"
import type { PostReviewIdsType } from "../../validators"

/** The request's X-Kassa-Reason (if any) goes into the audit log with the price change; the review keeps "cost changed from X to Y". */
export const POST = async (req: AuthenticatedMedusaRequest<PostReviewIdsType>, res: MedusaResponse) => {
  const { result } = await applyPriceReviewsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ price_reviews: result })
}

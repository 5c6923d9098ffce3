import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRegisterWorkflow } from "../../../../../../workflows/branches"
import type { PostRegisterType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<PostRegisterType>, res: MedusaResponse) => {
  const { result } = await createRegisterWorkflow(req.scope).run({
    input: { ...req.validatedBody, stock_location_id: req.params.location_id },
  })
  res.json({ register: result })
}

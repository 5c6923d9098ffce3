import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logoFor } from "../../../../../../branding/logo"
import { setLogoWorkflow } from "../../../../../../workflows/branding"
import type { SetLogoType } from "../../../branding/validators"

/** The branch's own logo instead of the store's. */
export const POST = async (req: AuthenticatedMedusaRequest<SetLogoType>, res: MedusaResponse) => {
  const stock_location_id = req.params.location_id
  await setLogoWorkflow(req.scope).run({ input: { stock_location_id, file_id: req.validatedBody.file_id } })
  res.json({ branch_logo: await logoFor(req.scope, stock_location_id) })
}

/** The branch prints the store's logo again. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const stock_location_id = req.params.location_id
  await setLogoWorkflow(req.scope).run({ input: { stock_location_id, file_id: null } })
  res.json({ branch_logo: await logoFor(req.scope, stock_location_id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { logoFor } from "../../../../../branding/logo"
import { setLogoWorkflow } from "../../../../../workflows/branding"
import type { SetLogoType } from "../validators"

/** Makes an uploaded file the store's logo (refused unless it is a PNG or JPEG of 2 MB at most). */
export const POST = async (req: AuthenticatedMedusaRequest<SetLogoType>, res: MedusaResponse) => {
  await setLogoWorkflow(req.scope).run({ input: { file_id: req.validatedBody.file_id } })
  res.json({ store_logo: await logoFor(req.scope, null) })
}

/** The store prints no logo from now on (branches with their own keep theirs). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await setLogoWorkflow(req.scope).run({ input: { file_id: null } })
  res.json({ store_logo: null })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../../../../../modules/printing"
import type PrintingModuleService from "../../../../../modules/printing/service"
import { saveLogoWorkflow } from "../../../../../workflows/logo"
import type { SaveLogoType } from "./validators"

/** The store's receipt logo: its file and where the admin shows it from, or null. */
async function logoOf(req: AuthenticatedMedusaRequest<unknown>) {
  const fileId = await req.scope.resolve<PrintingModuleService>(PRINTING_MODULE).logoFileId()
  if (!fileId) return null
  const file = await req.scope
    .resolve(Modules.FILE)
    .retrieveFile(fileId)
    .catch(() => null)
  return { file_id: fileId, url: file?.url ?? null }
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ logo: await logoOf(req) })
}

/** Sets the logo to an uploaded PNG or JPEG (refused with a 400 when it is neither), or removes it. */
export const POST = async (req: AuthenticatedMedusaRequest<SaveLogoType>, res: MedusaResponse) => {
  await saveLogoWorkflow(req.scope).run({ input: { file_id: req.validatedBody.file_id } })
  res.json({ logo: await logoOf(req) })
}

import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { decodeLogo } from "../../../logo/decode-logo"
import { PRINTING_MODULE } from "../../../modules/printing"
import type PrintingModuleService from "../../../modules/printing/service"

/** The uploaded file must be there and be a PNG or JPEG: a logo that cannot print is refused now, not at the next sale. */
export const checkLogoFileStep = createStep("kassa-printing-check-logo-file", async (fileId: string, { container }) => {
  const file = await container
    .resolve(Modules.FILE)
    .getAsBuffer(fileId)
    .catch(() => null)
  if (!file) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No uploaded file ${fileId}: upload the logo first (POST /admin/uploads)`)
  try {
    const { width, height } = decodeLogo(file)
    return new StepResponse({ width, height })
  } catch (e) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The logo cannot be printed: ${(e as Error).message}`)
  }
})

/** Sets or removes the store's receipt logo; undone by putting back the one before. */
export const saveLogoStep = createStep(
  "kassa-printing-save-logo",
  async (fileId: string | null, { container }) => {
    const previous = await container.resolve<PrintingModuleService>(PRINTING_MODULE).saveLogoFileId(fileId)
    return new StepResponse(fileId, { previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PrintingModuleService>(PRINTING_MODULE).saveLogoFileId(undo.previous)
  }
)

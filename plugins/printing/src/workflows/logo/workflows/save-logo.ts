import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLogoFileStep, saveLogoStep } from "../steps/save-logo"

/**
 * The store's receipt logo: a file uploaded through Medusa's File module (`file_id`), checked to
 * be a PNG or JPEG, printed at the top of every receipt from now on; `null` removes it.
 */
export const saveLogoWorkflow = createWorkflow("kassa-printing-save-logo", (input: { file_id: string | null }) => {
  when({ input }, ({ input }) => !!input.file_id).then(() => checkLogoFileStep(input.file_id as string))
  return new WorkflowResponse(saveLogoStep(input.file_id))
})

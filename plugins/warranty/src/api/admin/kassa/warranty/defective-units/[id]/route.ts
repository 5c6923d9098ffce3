import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setDisposalWorkflow } from "../../../../../../workflows/defective"
import type { DisposalType } from "../../validators"

/** Records that a defective unit went back to the supplier or was disposed of. */
export const POST = async (req: AuthenticatedMedusaRequest<DisposalType>, res: MedusaResponse) => {
  const { result } = await setDisposalWorkflow(req.scope).run({ input: { id: req.params.id, disposal_status: req.validatedBody.disposal_status } })
  res.json({ defective_unit: result })
}

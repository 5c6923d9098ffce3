import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retireRegisterWorkflow, updateRegisterWorkflow } from "../../../../../workflows/branches"
import type { UpdateRegisterType } from "../../branches/validators"

export const POST = async (req: AuthenticatedMedusaRequest<UpdateRegisterType>, res: MedusaResponse) => {
  const { result } = await updateRegisterWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ register: result })
}

/** Registers are retired, not erased: sales keep pointing at them. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retireRegisterWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "register", deleted: true })
}

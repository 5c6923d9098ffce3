import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteRoleWorkflow, saveRoleWorkflow } from "../../../../../workflows/roles"
import type { UpdateRoleType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<UpdateRoleType>, res: MedusaResponse) => {
  const { result } = await saveRoleWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ role: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteRoleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "role", deleted: true })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteWarrantyPolicyWorkflow } from "../../../../../../workflows/policies"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteWarrantyPolicyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "warranty_policy", deleted: true })
}

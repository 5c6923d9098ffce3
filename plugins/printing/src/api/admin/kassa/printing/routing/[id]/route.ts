import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deletePrintRouteWorkflow } from "../../../../../../workflows/printing"

/** Removes a route: the task falls back to the next route that fits (in the end, the browser). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deletePrintRouteWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "print_route", deleted: true })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { visibleTransfer } from "../transfer-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ transfer: await visibleTransfer(req, req.params.id) })
}

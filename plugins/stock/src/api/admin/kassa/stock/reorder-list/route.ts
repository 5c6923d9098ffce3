import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveReorderLinesWorkflow } from "../../../../../workflows/orders"
import type { BranchQueryType, ReorderLinesType } from "../validators"
import { reorderView } from "./reorder-view"

/** The caller's own reorder list at a branch. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id } = req.validatedQuery as BranchQueryType
  res.json({ reorder_lines: await reorderView(req.scope, req.auth_context.actor_id, location_id) })
}

/** Adds variants to it (again: changes their quantity or supplier); a line without a quantity gets the suggestion. */
export const POST = async (req: AuthenticatedMedusaRequest<ReorderLinesType>, res: MedusaResponse) => {
  const user_id = req.auth_context.actor_id
  await saveReorderLinesWorkflow(req.scope).run({ input: { ...req.validatedBody, user_id } })
  res.json({ reorder_lines: await reorderView(req.scope, user_id, req.validatedBody.location_id) })
}

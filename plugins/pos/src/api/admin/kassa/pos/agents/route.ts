import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { branchAgents } from "../../../../../sale/branch-agents"
import type { ListAgentsType } from "./validators"

/** The branch's sales agents the counter may credit a sale to (its sellers, by name). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListAgentsType>, res: MedusaResponse) => {
  res.json({ agents: await branchAgents(req.scope, req.validatedQuery.location_id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { DecisionType } from "../../../validators"
import { decide } from "../decide"

/**
 * Approves an application and hands the goods over. Above the officer's limit it is refused
 * (403) and recorded as escalated, for an officer with a higher limit or a manager.
 */
export const POST = (req: AuthenticatedMedusaRequest<DecisionType>, res: MedusaResponse) => decide(req, res, "approve")

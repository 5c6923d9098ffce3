import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replaceUnitWorkflow } from "../../../../../../../workflows/claims"
import { actorOf } from "../../../actor"
import { claimDetailFields } from "../../../query-config"
import { claimWithNames } from "../../../scope"
import type { ReplaceUnitType } from "../../../validators"

/** Hands the customer a new unit from the branch's stock; the faulty one becomes defective stock. */
export const POST = async (req: AuthenticatedMedusaRequest<ReplaceUnitType>, res: MedusaResponse) => {
  const { staff_id } = await actorOf(req)
  const { result } = await replaceUnitWorkflow(req.scope).run({ input: { ...req.validatedBody, claim_id: req.params.id, actor_id: staff_id } })
  res.json({ ...(await claimWithNames(req, claimDetailFields)), defective_unit: result.defective })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateClaimWorkflow } from "../../../../../../workflows/claims"
import { actorOf } from "../../actor"
import { claimDetailFields } from "../../query-config"
import { claimWithNames } from "../../scope"
import type { UpdateClaimType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json(await claimWithNames(req, claimDetailFields))
}

/** Moves the claim on (status) and records the repair: technician, notes, parts and labour. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateClaimType>, res: MedusaResponse) => {
  const { staff_id } = await actorOf(req)
  await updateClaimWorkflow(req.scope).run({ input: { ...req.validatedBody, claim_id: req.params.id, actor_id: staff_id } })
  res.json(await claimWithNames(req, claimDetailFields))
}

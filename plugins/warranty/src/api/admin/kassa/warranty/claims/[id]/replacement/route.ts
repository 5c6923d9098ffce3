import { runJournaled } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REPLACEMENT_WORK, replaceUnitWorkflow } from "../../../../../../../workflows/claims"
import { actorOf } from "../../../actor"
import { claimDetailFields } from "../../../query-config"
import { claimWithNames } from "../../../scope"
import type { ReplaceUnitType } from "../../../validators"

/**
 * Hands the customer a new unit from the branch's stock; the faulty one becomes defective stock.
 * Under the work journal, keyed by the Idempotency-Key header (without one, no retry is
 * recognised): a retry answers the same replacement, one a crash interrupted is finished or undone first.
 */
export const POST = async (req: AuthenticatedMedusaRequest<ReplaceUnitType>, res: MedusaResponse) => {
  const { staff_id } = await actorOf(req)
  const request = { ...req.validatedBody, claim_id: req.params.id, actor_id: staff_id }
  const done = await runJournaled(req.scope, { kind: REPLACEMENT_WORK, key: req.get("idempotency-key"), input: request }, ({ id }) =>
    replaceUnitWorkflow(req.scope).run({ input: { ...request, journal_id: id }, throwOnError: false })
  )
  res.json({ ...(await claimWithNames(req, claimDetailFields)), defective_unit: (done.response as { defective: unknown }).defective })
}

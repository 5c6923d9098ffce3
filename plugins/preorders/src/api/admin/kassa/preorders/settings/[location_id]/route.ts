import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { branchAtOr404, centavosDecimal, toCentavos } from "@kassa/core/kit"
import { PREORDERS_MODULE } from "../../../../../../modules/preorders"
import type PreordersModuleService from "../../../../../../modules/preorders/service"
import type { BranchRules } from "../../../../../../modules/preorders/service"
import { updatePreorderRulesWorkflow } from "../../../../../../workflows"
import type { RulesType } from "../../validators"

const view = (r: BranchRules) => ({ ...r, deposit_amount: centavosDecimal(r.deposit_amount) })

/** A branch's pre-order rules: minimum deposit (percent, amount), cancellation fee, layaway term, reminder interval. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await branchAtOr404(req.scope, req.params.location_id)
  res.json({ settings: view(await req.scope.resolve<PreordersModuleService>(PREORDERS_MODULE).rulesAt(req.params.location_id)) })
}

export const POST = async (req: AuthenticatedMedusaRequest<RulesType>, res: MedusaResponse) => {
  await branchAtOr404(req.scope, req.params.location_id)
  const { deposit_amount, ...rest } = req.validatedBody
  const { result } = await updatePreorderRulesWorkflow(req.scope).run({
    input: { location_id: req.params.location_id, rules: { ...rest, ...(deposit_amount !== undefined ? { deposit_amount: toCentavos(deposit_amount) } : {}) } },
  })
  res.json({ settings: view(result) })
}

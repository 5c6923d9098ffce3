import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../../../../../modules/pos"
import type PosModuleService from "../../../../../../../modules/pos/service"
import { ownMethodsOf } from "../../../../../../../sale/branch-tenders"
import { money } from "../../../../../../../sale/money"
import { updatePosSettingsWorkflow } from "../../../../../../../workflows/settings"
import type { PosSettingsType } from "../../validators"

const view = (s: Awaited<ReturnType<PosModuleService["settingsFor"]>>) => ({
  stock_location_id: s.stock_location_id,
  receipt_pattern: s.receipt_pattern,
  last_receipt: s.receipt_period ? { period: s.receipt_period, number: s.receipt_last } : null,
  allow_negative_stock: s.allow_negative_stock,
  other_tenders: ownMethodsOf(s),
  warranty_terms: s.warranty_terms,
  return_approval_amount: money(s.return_approval_amount),
  return_approval_days: s.return_approval_days,
  return_request_days: s.return_request_days,
  email_receipts: s.email_receipts,
})

/** The counter's settings at a branch: receipt numbering, negative stock, extra tenders, return limits, e-mailed receipts. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  res.json({ settings: view(await pos.settingsFor(req.params.location_id)) })
}

export const POST = async (req: AuthenticatedMedusaRequest<PosSettingsType>, res: MedusaResponse) => {
  await updatePosSettingsWorkflow(req.scope).run({ input: { stock_location_id: req.params.location_id, ...req.validatedBody } })
  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  res.json({ settings: view(await pos.settingsFor(req.params.location_id)) })
}

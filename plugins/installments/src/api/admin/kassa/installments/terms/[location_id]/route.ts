import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTALLMENTS_MODULE } from "../../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../../modules/installments/service"
import { updateInstallmentTermsWorkflow } from "../../../../../../workflows/terms"
import type { UpdateTermsType } from "../../validators"

/** The branch's installment terms (the defaults until a manager changes them). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  res.json({ terms: await service.termsFor(req.params.location_id) })
}

/** Changes the branch's terms; plans already sold keep the terms they were sold on. */
export const POST = async (req: AuthenticatedMedusaRequest<UpdateTermsType>, res: MedusaResponse) => {
  await updateInstallmentTermsWorkflow(req.scope).run({ input: { location_id: req.params.location_id, patch: req.validatedBody } })
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  res.json({ terms: await service.termsFor(req.params.location_id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INSTALLMENTS_MODULE } from "../../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../../modules/installments/service"
import { saveCreditProfileWorkflow } from "../../../../../../workflows/credit"
import type { CreditProfileType } from "../../validators"

/** The customer's credit details (ID, address, contacts). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  const [profile] = await service.listCreditProfiles({ customer_id: req.params.customer_id })
  if (!profile) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${req.params.customer_id} has no credit details on file`)
  res.json({ credit_profile: profile })
}

/** Files or updates them. */
export const POST = async (req: AuthenticatedMedusaRequest<CreditProfileType>, res: MedusaResponse) => {
  await saveCreditProfileWorkflow(req.scope).run({ input: { customer_id: req.params.customer_id, details: req.validatedBody } })
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  const [profile] = await service.listCreditProfiles({ customer_id: req.params.customer_id })
  res.json({ credit_profile: profile })
}

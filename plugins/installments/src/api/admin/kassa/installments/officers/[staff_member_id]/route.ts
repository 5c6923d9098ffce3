import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTALLMENTS_MODULE } from "../../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../../modules/installments/service"
import { saveCreditOfficerWorkflow } from "../../../../../../workflows/credit"
import type { CreditOfficerType } from "../../validators"

/** A staff member's approval limit (none: zero) and security level (none: 1). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  const [officer] = await service.listCreditOfficers({ staff_member_id: req.params.staff_member_id })
  res.json({ credit_officer: officer ?? { staff_member_id: req.params.staff_member_id, approval_limit: null, security_level: 1 } })
}

/** Sets them. */
export const POST = async (req: AuthenticatedMedusaRequest<CreditOfficerType>, res: MedusaResponse) => {
  await saveCreditOfficerWorkflow(req.scope).run({ input: { staff_member_id: req.params.staff_member_id, details: req.validatedBody } })
  const [officer] = await req.scope.resolve<InstallmentsModuleService>(INSTALLMENTS_MODULE).listCreditOfficers({ staff_member_id: req.params.staff_member_id })
  res.json({ credit_officer: officer })
}

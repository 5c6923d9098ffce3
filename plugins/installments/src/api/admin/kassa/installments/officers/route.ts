import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INSTALLMENTS_MODULE } from "../../../../../modules/installments"
import type InstallmentsModuleService from "../../../../../modules/installments/service"

const FIELDS = ["staff_member_id", "approval_limit", "security_level"]

/** Every staff member's approval limit and security level that has one (the staff page shows them). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  res.json({ credit_officers: await service.listCreditOfficers({}, { select: FIELDS }) })
}

import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { INSTALLMENTS_MODULE } from "../modules/installments"
import type InstallmentsModuleService from "../modules/installments/service"

/** A route guard's branch: the branch that sold the plan the URL names. */
export async function planBranch(req: MedusaRequest): Promise<string> {
  const service: InstallmentsModuleService = req.scope.resolve(INSTALLMENTS_MODULE)
  const [plan] = await service.listInstallmentPlans({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No installment plan ${req.params.id}`)
  return plan.stock_location_id
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INSTALLMENTS_MODULE } from "../../../modules/installments"
import type InstallmentsModuleService from "../../../modules/installments/service"
import type { PaymentInput } from "../../../modules/installments/service"

/**
 * Records the payment, its allocation and its receipt number in one transaction (see
 * recordPayment). It is the workflow's last write, and a payment once numbered is never
 * deleted: a mistake is corrected by the books, not by a gap in the receipt series.
 */
export const recordPaymentStep = createStep("kassa-installments-record-payment", async (input: PaymentInput, { container }) => {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  return new StepResponse(await service.recordPayment(input))
})

import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Module links are not checked: credit is issued only to a customer that exists. */
export const checkCustomerStep = createStep("kassa-store-credit-check-customer", async ({ customer_id }: { customer_id: string }, { container }) => {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customer_id }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer ${customer_id}`)
  return new StepResponse(customer.id)
})

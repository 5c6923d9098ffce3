import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Module links are not checked: a profile for a customer that does not exist is a 404, before anything is written. */
export const checkCustomerExistsStep = createStep("kassa-check-customer-exists", async (customerId: string, { container }) => {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id"] })
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  return new StepResponse(customer.id)
})

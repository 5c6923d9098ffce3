import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCustomerExistsStep } from "../steps/check-customer-exists"
import { type CustomerProfileInput, upsertCustomerProfileStep } from "../steps/upsert-customer-profile"

/** Saves a customer's Kassa profile (gender, birthday, consent, note); an unknown customer is a 404. */
export const upsertCustomerProfileWorkflow = createWorkflow("kassa-upsert-customer-profile", (input: CustomerProfileInput) => {
  checkCustomerExistsStep(transform({ input }, ({ input }) => input.customer_id))
  return new WorkflowResponse(upsertCustomerProfileStep(input))
})

import { type CustomerProfileInput, upsertCustomerProfileStep } from "@kassa/core/kit"
import type { CreateCustomerDTO, CustomerDTO } from "@medusajs/framework/types"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"

export type QuickAddCustomerInput = {
  customer: CreateCustomerDTO
  /** The counter's "More": gender, birthday, consent, note (core's profile). Left out: no profile row. */
  profile?: Omit<CustomerProfileInput, "customer_id">
}

/**
 * A new customer at the counter: Medusa's customer and, when the cashier filled in "More",
 * core's profile, in one workflow: a profile that fails (say, a concurrent edit) takes the new
 * customer back with it.
 */
export const quickAddCustomerWorkflow = createWorkflow("kassa-pos-quick-add-customer", (input: QuickAddCustomerInput) => {
  const created = createCustomersWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ customersData: [input.customer] })) })
  const customer = transform({ created }, ({ created }) => created[0] as CustomerDTO)
  when({ input }, ({ input }) => !!input.profile && Object.keys(input.profile).length > 0).then(() => {
    upsertCustomerProfileStep(transform({ input, customer }, ({ input, customer }) => ({ ...input.profile, customer_id: customer.id })))
  })
  return new WorkflowResponse(customer)
})

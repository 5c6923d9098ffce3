import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkCustomerStep } from "../steps/check-customer"
import { issueCreditStep } from "../steps/issue-credit"

export type IssueStoreCreditInput = {
  customer_id: string
  currency_code: string
  /** Centavos. */
  amount: number
  reason: string
  /** ISO instant; null: never. */
  expires_at: string | null
  stock_location_id: string
  actor_id: string
}

/** A manager gives a customer store credit (goodwill, a promotion), with a reason and an expiry. */
export const issueStoreCreditWorkflow = createWorkflow("kassa-store-credit-issue", (input: WorkflowData<IssueStoreCreditInput>) => {
  checkCustomerStep({ customer_id: input.customer_id })
  const credit = issueCreditStep(
    transform({ input }, ({ input }) => ({ ...input, reference_type: "manual", reference_id: null }))
  )
  return new WorkflowResponse(credit)
})

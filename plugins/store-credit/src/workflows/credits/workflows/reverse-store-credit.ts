import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reverseTransactionStep } from "../steps/reverse-transaction"

export type ReverseStoreCreditInput = { transaction_id: string; reason: string; stock_location_id: string; actor_id: string }

/** Corrects the ledger: a debit comes back, or what is left of a credit is taken back. */
export const reverseStoreCreditWorkflow = createWorkflow("kassa-store-credit-reverse", (input: WorkflowData<ReverseStoreCreditInput>) => {
  return new WorkflowResponse(reverseTransactionStep(input))
})

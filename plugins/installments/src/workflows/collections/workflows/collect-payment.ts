import { failpointStep, planWorkIdStep } from "@kassa/core/kit"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { toCentavos } from "../../../schedule/money"
import { prepareCollectionStep } from "../steps/prepare-collection"
import { recordPaymentStep } from "../steps/record-payment"

export type CollectPaymentInput = {
  plan_id: string
  /** The collecting branch: any branch, not only the one that sold. */
  location_id: string
  method: string
  /** Pesos. */
  amount: number
  reference?: string | null
  note?: string | null
  payoff?: boolean
  collected_by: string
  /** The collection's run in the work journal (see recover-collection.ts). */
  journal_id?: string
}

export const INSTALLMENT_PAYMENT_RECORDED = "kassa.installments.payment_recorded"

/** The work journal's kind for a payment collected on a plan. */
export const COLLECTION_WORK = "installments.collection"

/**
 * A payment on a plan, at any branch, in any tender the branch takes: allocated oldest-due
 * first (fees, interest, principal), numbered from the collecting branch's receipt series; the
 * plan completes when nothing is owed. `payoff` settles it at the early-payoff quote.
 *
 * Its one write is one transaction (recordPayment: the payment, its allocation, the installments,
 * the plan and the receipt number commit together), so a crash leaves it whole or absent. The
 * payment's id is chosen first and kept in the journal: recovery tells the two apart by it, and
 * the client's retry with the same key gets that payment, never a second one.
 */
export const collectPaymentWorkflow = createWorkflow("kassa-installments-collect-payment", (input: WorkflowData<CollectPaymentInput>) => {
  const at = prepareCollectionStep({ location_id: input.location_id, method: input.method })
  const paymentId = planWorkIdStep(transform({ input }, ({ input }) => ({ id: input.journal_id, fact: "payment_id", prefix: "ipay" }))).config({
    name: "kassa-installments-plan-payment",
  })
  const payment = transform({ input, at, paymentId }, ({ input, at, paymentId }) => ({
    id: paymentId,
    plan_id: input.plan_id,
    stock_location_id: input.location_id,
    branch_code: at.branch_code,
    method: input.method,
    amount: toCentavos(input.amount),
    reference: input.reference ?? null,
    note: input.note ?? null,
    collected_by: input.collected_by,
    payoff: !!input.payoff,
    today: at.today,
  }))
  const recorded = recordPaymentStep(payment)
  failpointStep({ name: "collection:recorded" }).config({ name: "kassa-installments-collection-failpoint-recorded" })
  const event = transform({ recorded, input }, ({ recorded, input }) => ({ id: recorded.payment_id, plan_id: input.plan_id, receipt_number: recorded.receipt_number }))
  emitEventStep({ eventName: INSTALLMENT_PAYMENT_RECORDED, data: event })
  return new WorkflowResponse(recorded)
})

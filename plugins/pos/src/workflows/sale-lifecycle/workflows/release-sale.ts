import { MedusaError } from "@medusajs/framework/utils"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { fulfillSaleStep } from "../../checkout/steps/fulfill-sale"
import { CounterSale, loadCounterSaleStep } from "../steps/load-counter-sale"

const assertHeldStep = createStep("kassa-pos-assert-held", async ({ sale }: { sale: CounterSale }) => {
  if ((sale.order.fulfillments ?? []).some((f) => !f.canceled_at)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${sale.ticket.receipt_number}'s goods were already handed over`)
  }
  return new StepResponse(true)
})

/**
 * Hands over a sale whose goods a tender held (an installment approved): fulfilled and
 * delivered from the branch's stock location, which the checkout already took the units from.
 * The check "not handed over yet" and the handover run under one lock on the sale, also when a
 * caller's workflow runs this one as a step: two releases at once would otherwise both pass the
 * check and fulfil the goods twice.
 */
export const releasePosSaleWorkflow = createWorkflow("kassa-pos-release-sale", (input: WorkflowData<{ order_id: string; created_by: string }>) => {
  const key = transform({ input }, ({ input }) => `kassa-pos-sale:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 120, executeOnSubWorkflow: true })
  const sale = loadCounterSaleStep({ order_id: input.order_id })
  assertHeldStep({ sale })
  const fulfil = transform({ sale, input }, ({ sale, input }) => ({
    order: sale.order,
    location_id: sale.ticket.stock_location_id,
    created_by: input.created_by,
  }))
  const fulfillment_id = fulfillSaleStep(fulfil)
  releaseLockStep({ key, executeOnSubWorkflow: true })
  return new WorkflowResponse(fulfillment_id)
})

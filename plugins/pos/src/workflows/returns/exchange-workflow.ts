import {
  beginExchangeOrderWorkflow,
  confirmExchangeRequestWorkflow,
  orderExchangeAddNewItemWorkflow,
  orderExchangeRequestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../modules/pos"
import type PosModuleService from "../../modules/pos/service"
import { cents } from "../../sale/money"
import type { TenderInput } from "../../sale/settle-tenders"
import { captureTendersStep } from "../checkout/steps/capture-tenders"
import { authorizeOverrideStep, OverrideApproval } from "../tickets/steps/authorize-override"
import { receiveReturnedUnits, unitsOf } from "./receive-returned-units"
import { handOverExchangeStep } from "./steps/hand-over-exchange"
import { prepareReturnStep, refundApproval, RefundInput, ReturnLineInput } from "./steps/prepare-return"
import { recordReturnStep } from "./steps/record-return"
import { refundReturnStep } from "./steps/refund-return"
import { ExchangeItemInput, resolveExchangeItemsStep } from "./steps/resolve-exchange-items"
import { exchangeDifferenceStep } from "./steps/settle-exchange"
import { settleDifferenceStep } from "./steps/take-difference"

export type CounterExchangeInput = {
  order_id: string
  register_id: string
  stock_location_id: string
  branch_name: string
  allow_negative_stock: boolean
  return_items: ReturnLineInput[]
  new_items: ExchangeItemInput[]
  reason: string
  /** How the store pays back when the new items cost less. */
  refund: RefundInput
  /** How the customer pays when they cost more. */
  payment?: TenderInput
  user_id: string
  caller: { staff_member_id: string; may_refund: boolean }
  approval?: OverrideApproval
}

const exchangeReturnStep = createStep("kassa-pos-exchange-return", async ({ exchange_id }: { exchange_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_exchange", fields: ["return_id"], filters: { id: exchange_id } })
  return new StepResponse((data[0] as { return_id: string }).return_id)
})

const recordPaidStep = createStep("kassa-pos-record-exchange-paid", async ({ id, paid, method }: { id: string; paid: number; method: string }, { container }) => {
  await container.resolve<PosModuleService>(POS_MODULE).updateCounterReturns({ id, paid_total: paid, paid_method: method })
  return new StepResponse(true)
})

/**
 * An exchange at the counter on Medusa's exchange flow (the order's history shows it): the
 * returned units received (resellable back on the shelf, damaged not), the new ones taken off
 * the branch's stock and handed over, and the difference settled either way — the customer pays
 * it in one tender, or the store refunds it as for a return.
 */
export const counterExchangeWorkflow = createWorkflow("kassa-pos-counter-exchange", (input: WorkflowData<CounterExchangeInput>) => {
  const prepareInput = transform({ input }, ({ input }) => ({ ...input, items: input.return_items }))
  const prepared = prepareReturnStep(prepareInput)
  const newItems = resolveExchangeItemsStep(transform({ input }, ({ input }) => ({ items: input.new_items, stock_location_id: input.stock_location_id })))
  const auth = transform({ input, prepared }, refundApproval)
  const approvedBy = authorizeOverrideStep(auth).config({ name: "kassa-pos-authorize-exchange" })
  settleDifferenceStep(
    transform({ prepared, newItems, input }, ({ prepared, newItems, input }) => ({
      amount: cents(MathBN.sub(MathBN.sum(0, ...newItems.map((i) => i.amount)), prepared.refund_total)),
      payment: input.payment,
      stock_location_id: input.stock_location_id,
    }))
  ).config({ name: "kassa-pos-check-exchange-payment" })

  const change = beginExchangeOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id, created_by: input.user_id, description: input.reason })),
  })
  const exchangeId = transform({ change }, ({ change }) => change.exchange_id!)
  orderExchangeRequestItemReturnWorkflow.runAsStep({
    input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({
      exchange_id: exchangeId,
      location_id: input.stock_location_id,
      items: unitsOf(input.return_items),
    })) as never,
  })
  orderExchangeAddNewItemWorkflow.runAsStep({
    input: transform({ exchangeId, newItems }, ({ exchangeId, newItems }) => ({
      exchange_id: exchangeId,
      items: newItems.map((i) => ({ variant_id: i.variant_id, quantity: i.quantity })),
    })),
  })
  confirmExchangeRequestWorkflow.runAsStep({ input: transform({ exchangeId, input }, ({ exchangeId, input }) => ({ exchange_id: exchangeId, confirmed_by: input.user_id })) })
  const returnId = exchangeReturnStep({ exchange_id: exchangeId })
  receiveReturnedUnits(
    transform({ returnId, input }, ({ returnId, input }) => ({ return_id: returnId, user: input.user_id })),
    transform({ input }, ({ input }) => input.return_items)
  )
  handOverExchangeStep(
    transform({ input, exchangeId }, ({ input, exchangeId }) => ({
      order_id: input.order_id,
      exchange_id: exchangeId,
      location_id: input.stock_location_id,
      created_by: input.user_id,
      allow_negative: input.allow_negative_stock,
      branch_name: input.branch_name,
    }))
  )
  const difference = exchangeDifferenceStep({ order_id: input.order_id })

  const record = recordReturnStep(
    transform({ prepared, returnId, exchangeId, newItems, input, approvedBy, difference }, (d) => ({
      prepared: { ...d.prepared, refund_total: Math.max(-d.difference.amount, 0) },
      return_id: d.returnId,
      exchange_id: d.exchangeId,
      new_lines: d.newItems.map(({ amount: _amount, ...line }) => line),
      register_id: d.input.register_id,
      reason: d.input.reason,
      refund: d.input.refund,
      created_by: d.input.caller.staff_member_id,
      approved_by: d.approvedBy,
    }))
  )
  when("kassa-pos-exchange-customer-pays", { difference }, ({ difference }) => difference.amount > 0).then(() => {
    const settled = settleDifferenceStep(transform({ difference, input }, ({ difference, input }) => ({ amount: difference.amount, payment: input.payment, stock_location_id: input.stock_location_id })))
    captureTendersStep(
      transform({ settled, difference, input }, ({ settled, difference, input }) => ({
        order_id: input.order_id,
        currency_code: difference.currency_code,
        total: difference.amount,
        tenders: settled.tenders,
        payment_collection_id: difference.payment_collection_id,
      }))
    )
    recordPaidStep(transform({ record, difference, input }, ({ record, difference, input }) => ({ id: record.id, paid: difference.amount, method: input.payment!.method })))
  })
  when("kassa-pos-exchange-store-refunds", { difference }, ({ difference }) => difference.amount < 0).then(() => {
    refundReturnStep(
      transform({ record, difference, input }, ({ record, difference, input }) => ({
        return_record_id: record.id,
        number: record.number,
        order_id: input.order_id,
        amount: -difference.amount,
        method: input.refund.method,
        created_by: input.user_id,
        note: `${record.number}: ${input.reason}`,
      }))
    )
  })
  return new WorkflowResponse(record)
})

import { failpointStep, recordWorkFactsStep } from "@kassa/core/kit"
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
import { cents, num } from "../../sale/money"
import type { TenderInput } from "../../sale/settle-tenders"
import { captureTendersStep } from "../checkout/steps/capture-tenders"
import { authorizeOverrideStep, OverrideApproval } from "../tickets/steps/authorize-override"
import { receiveReturnedUnits, unitsOf } from "./receive-returned-units"
import { handOverExchangeStep } from "./steps/hand-over-exchange"
import { type PreparedReturn, prepareReturnStep, refundApproval, RefundInput, ReturnLineInput } from "./steps/prepare-return"
import { emitReturnCompleted } from "./events"
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
  /** The customer brought no receipt: a manager approves (see prepareReturnStep). */
  no_receipt?: boolean
  /** Approved beforehand by this staff member (an exchange request's approver): no PIN is asked. */
  approved_by?: string
  /** The exchange's run in the work journal (see recover-exchange.ts). */
  journal_id?: string
}

/** The work journal's kind for an exchange at the counter. */
export const EXCHANGE_WORK = "pos.exchange"

/** What settling a received and handed-over exchange needs (the workflow's, or recovery's from the journal). */
export type ExchangeSettlement = {
  order_id: string
  exchange_id: string
  return_id: string
  register_id: string
  stock_location_id: string
  reason: string
  refund: RefundInput
  payment?: TenderInput
  user_id: string
  created_by: string
  approved_by: string | null
  prepared: PreparedReturn
  new_lines: { variant_id: string; quantity: number; title: string }[]
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
 * The end of an exchange, once its units are received and the new ones handed over: Kassa's
 * record, then the difference settled — the customer pays what Medusa's order still asks (none
 * once paid), or the store refunds the record's refund (refundReturn: what its refunds do not
 * cover yet). Recovery runs it again (finishCounterExchangeWorkflow): each part skips what is done.
 */
function settleExchange(s: WorkflowData<ExchangeSettlement>) {
  const difference = exchangeDifferenceStep({ order_id: s.order_id })
  const record = recordReturnStep(
    transform({ s, difference }, ({ s, difference }) => ({
      prepared: { ...s.prepared, refund_total: Math.max(-difference.amount, 0) },
      return_id: s.return_id,
      exchange_id: s.exchange_id,
      new_lines: s.new_lines,
      register_id: s.register_id,
      reason: s.reason,
      refund: s.refund,
      created_by: s.created_by,
      approved_by: s.approved_by,
    }))
  )
  when("kassa-pos-exchange-customer-pays", { difference }, ({ difference }) => difference.amount > 0).then(() => {
    const settled = settleDifferenceStep(transform({ difference, s }, ({ difference, s }) => ({ amount: difference.amount, payment: s.payment, stock_location_id: s.stock_location_id })))
    captureTendersStep(
      transform({ settled, difference, s }, ({ settled, difference, s }) => ({
        order_id: s.order_id,
        currency_code: difference.currency_code,
        total: difference.amount,
        tenders: settled.tenders,
        payment_collection_id: difference.payment_collection_id!,
      }))
    )
    recordPaidStep(transform({ record, difference, s }, ({ record, difference, s }) => ({ id: record.id, paid: difference.amount, method: s.payment!.method })))
  })
  when("kassa-pos-exchange-store-refunds", { record }, ({ record }) => num(record.refund_total as number) > 0).then(() => {
    refundReturnStep(
      transform({ record, s }, ({ record, s }) => ({
        return_record_id: record.id,
        number: record.number,
        order_id: s.order_id,
        amount: cents(num(record.refund_total as number)),
        method: s.refund.method,
        created_by: s.user_id,
        note: `${record.number}: ${s.reason}`,
      }))
    )
  })
  return record
}

/**
 * Recovery's end of an exchange that a crash interrupted after Medusa confirmed it (see
 * recover-exchange.ts): announced as a finished exchange is, so its slip prints.
 */
export const finishCounterExchangeWorkflow = createWorkflow("kassa-pos-finish-counter-exchange", (input: WorkflowData<ExchangeSettlement>) => {
  const record = settleExchange(input)
  emitReturnCompleted(record)
  return new WorkflowResponse(record)
})

/**
 * An exchange at the counter on Medusa's exchange flow (the order's history shows it): the
 * returned units received (resellable back on the shelf, damaged not), the new ones taken off
 * the branch's stock and handed over, and the difference settled either way — the customer pays
 * it in one tender, or the store refunds it as for a return.
 *
 * A crash stops compensation: once allowed, the journal holds what recovery needs, Medusa's
 * exchange carries the run's id in its metadata, and the new units taken are recorded in the
 * levels' transaction. Medusa's confirmation of the exchange is the commit point: before it
 * recovery cancels the exchange, after it recovery finishes it (recover-exchange.ts).
 */
export const counterExchangeWorkflow = createWorkflow("kassa-pos-counter-exchange", (input: WorkflowData<CounterExchangeInput>) => {
  const prepareInput = transform({ input }, ({ input }) => ({ ...input, items: input.return_items }))
  const prepared = prepareReturnStep(prepareInput)
  const newItems = resolveExchangeItemsStep(transform({ input }, ({ input }) => ({ items: input.new_items, stock_location_id: input.stock_location_id })))
  const auth = transform({ input, prepared }, refundApproval)
  const authorized = authorizeOverrideStep(auth).config({ name: "kassa-pos-authorize-exchange" })
  const approvedBy = transform({ input, authorized }, ({ input, authorized }) => input.approved_by ?? authorized)
  settleDifferenceStep(
    transform({ prepared, newItems, input }, ({ prepared, newItems, input }) => ({
      amount: cents(MathBN.sub(MathBN.sum(0, ...newItems.map((i) => i.amount)), prepared.refund_total)),
      payment: input.payment,
      stock_location_id: input.stock_location_id,
    }))
  ).config({ name: "kassa-pos-check-exchange-payment" })
  const newLines = transform({ newItems }, ({ newItems }) => newItems.map(({ amount: _amount, ...line }) => line))
  recordWorkFactsStep(
    transform({ input, prepared, approvedBy, newLines }, ({ input, prepared, approvedBy, newLines }) => ({
      id: input.journal_id,
      facts: {
        prepared,
        new_lines: newLines,
        approved_by: approvedBy,
        created_by: input.caller.staff_member_id,
        user_id: input.user_id,
        stock_location_id: input.stock_location_id,
        branch_name: input.branch_name,
        allow_negative_stock: input.allow_negative_stock,
      },
    }))
  ).config({ name: "kassa-pos-exchange-allowed" })

  const change = beginExchangeOrderWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({
      order_id: input.order_id,
      created_by: input.user_id,
      description: input.reason,
      metadata: input.journal_id ? { kassa_work_run: input.journal_id } : undefined,
    })),
  })
  const exchangeId = transform({ change }, ({ change }) => change.exchange_id!)
  failpointStep({ name: "exchange:begun" }).config({ name: "kassa-pos-exchange-failpoint-begun" })
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
  failpointStep({ name: "exchange:confirmed" }).config({ name: "kassa-pos-exchange-failpoint-confirmed" })
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
      journal_id: input.journal_id,
    }))
  )
  failpointStep({ name: "exchange:handed-over" }).config({ name: "kassa-pos-exchange-failpoint-handed-over" })
  const record = settleExchange(
    transform({ input, exchangeId, returnId, prepared, approvedBy, newLines }, (d) => ({
      order_id: d.input.order_id,
      exchange_id: d.exchangeId,
      return_id: d.returnId,
      register_id: d.input.register_id,
      stock_location_id: d.input.stock_location_id,
      reason: d.input.reason,
      refund: d.input.refund,
      payment: d.input.payment,
      user_id: d.input.user_id,
      created_by: d.input.caller.staff_member_id,
      approved_by: d.approvedBy,
      prepared: d.prepared,
      new_lines: d.newLines,
    }))
  )
  emitReturnCompleted(record)
  return new WorkflowResponse(record)
})

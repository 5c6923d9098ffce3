import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TenderInput } from "../../../sale/settle-tenders"
import { captureTendersStep } from "../steps/capture-tenders"
import { claimCheckoutKeyStep } from "../steps/claim-checkout-key"
import { completeSaleStep } from "../steps/complete-sale"
import { createSaleOrderStep } from "../steps/create-sale-order"
import { fulfillSaleStep } from "../steps/fulfill-sale"
import { loadSaleStep } from "../steps/load-sale"
import { pluginTendersStep } from "../steps/plugin-tenders"
import { priceSaleStep } from "../steps/price-sale"
import { recordSaleStep } from "../steps/record-sale"
import { takeStockStep } from "../steps/take-stock"

export type PosCheckoutInput = {
  ticket_id: string
  tenders: TenderInput[]
  idempotency_key: string
  /** Hash of the request body: the same key with another body is refused. */
  request_hash: string
  /** The signed-in user (the order's and the fulfilment's created_by). */
  user_id: string
}

export const POS_SALE_COMPLETED = "kassa.pos.sale_completed"

/**
 * The counter's checkout, one workflow: price the ticket and settle the tenders, take the stock
 * under a lock, create the Medusa order, capture one payment per tender, fulfil and deliver it,
 * record Kassa's tenders and commission, then take the receipt number. Any failure compensates
 * every step before it: no order, no stock change, no payment, no receipt number used.
 *
 * Other plugins' tenders (defineTender) are validated with the prices and do their own work
 * after the payments, inside this workflow and its compensation.
 */
export const posCheckoutWorkflow = createWorkflow("kassa-pos-checkout", (input: WorkflowData<PosCheckoutInput>) => {
  claimCheckoutKeyStep({ key: input.idempotency_key, ticket_id: input.ticket_id, request_hash: input.request_hash })
  const sale = loadSaleStep({ ticket_id: input.ticket_id })
  const priced = priceSaleStep({ sale, tenders: input.tenders })

  // Independent writes run side by side; a failure in either compensates both.
  const [, order] = parallelize(takeStockStep({ sale }), createSaleOrderStep({ sale, priced, created_by: input.user_id }))
  const captureInput = transform({ order, sale, priced, input }, ({ order, sale, priced, input }) => ({
    order_id: order.id,
    currency_code: sale.ticket.currency_code,
    total: priced.priced.totals.total,
    tenders: priced.tenders,
  }))
  const [captured] = parallelize(
    captureTendersStep(captureInput),
    fulfillSaleStep({ order, location_id: sale.ticket.stock_location_id, created_by: input.user_id, hold: priced.holds_goods })
  )
  const recordInput = transform({ order, sale, priced, captured }, ({ order, sale, priced, captured }) => ({
    sale,
    order_id: order.id,
    tenders: captured,
    total: priced.priced.totals.total,
    tax_total: priced.priced.totals.tax_total,
  }))
  recordSaleStep(recordInput)
  pluginTendersStep(recordInput)

  const totals = transform({ priced }, ({ priced }) => ({
    total: priced.priced.totals.total,
    tax_total: priced.priced.totals.tax_total,
    discount_total: priced.priced.totals.discount_total,
  }))
  const receipt_number = completeSaleStep({ sale, order_id: order.id, checkout_key: input.idempotency_key, totals })
  const events = transform({ order, receipt_number }, ({ order, receipt_number }) => ({ id: order.id, receipt_number }))
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: order.id } }).config({ name: "kassa-pos-emit-order-placed" })
  emitEventStep({ eventName: POS_SALE_COMPLETED, data: events }).config({ name: "kassa-pos-emit-sale-completed" })

  const result = transform({ order, receipt_number, priced }, ({ order, receipt_number, priced }) => ({
    order_id: order.id,
    receipt_number,
    total: priced.priced.totals.total,
    change: priced.change,
  }))
  return new WorkflowResponse(result)
})

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TenderInput } from "../../../sale/settle-tenders"
import { claimCheckoutKeyStep } from "../steps/claim-checkout-key"
import { completeSaleStep } from "../steps/complete-sale"
import { createSaleOrderStep } from "../steps/create-sale-order"
import { fulfillSaleStep } from "../steps/fulfill-sale"
import { loadSaleStep } from "../steps/load-sale"
import { pluginTendersStep } from "../steps/plugin-tenders"
import { saleHooksStep } from "../steps/sale-hooks"
import { recordPaymentsStep } from "../steps/record-payments"
import { priceSaleStep } from "../steps/price-sale"
import { takeSaleStockStep } from "../steps/take-sale-stock"

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

/** What kassa.pos.sale_completed carries: the order id (`id`) and what subscribers decide by. */
export type PosSaleCompletedData = {
  id: string
  receipt_number: string
  ticket_id: string
  register_id: string
  stock_location_id: string
  /** The tender methods the sale was paid with. */
  tenders: string[]
  /** Whether any line carries serial numbers. */
  has_serials: boolean
}

/**
 * The counter's checkout, one workflow: price the ticket and settle the tenders, take the stock
 * under a lock and record one captured payment per tender, create the paid Medusa order, fulfil and deliver it,
 * then take the receipt number with Kassa's tender records and the commission. Any failure compensates
 * every step before it: no order, no stock change, no payment, no receipt number used.
 *
 * Other plugins' tenders (defineTender) are validated with the prices and do their own work
 * after the payments, inside this workflow and its compensation.
 *
 * A crash stops compensation too: the claim writes the checkout's journal (its key, leased to
 * this instance, with the ids of what it will write) before anything else, and recovery undoes
 * a checkout whose lease expired before it completed (sale/checkout-recovery.ts). Completing
 * the sale (its receipt number and the key settled, one transaction) is the commit point.
 */
export const posCheckoutWorkflow = createWorkflow("kassa-pos-checkout", (input: WorkflowData<PosCheckoutInput>) => {
  const claimed = claimCheckoutKeyStep(
    transform({ input }, ({ input }) => ({
      key: input.idempotency_key,
      ticket_id: input.ticket_id,
      request_hash: input.request_hash,
      methods: [...new Set(input.tenders.map((t) => t.method))],
    }))
  )
  const sale = loadSaleStep({ ticket_id: input.ticket_id })
  const priced = priceSaleStep({ sale, tenders: input.tenders })

  // Independent writes run side by side; a failure in any compensates all.
  const [, payments] = parallelize(
    takeSaleStockStep({ sale, journal_id: claimed.id }),
    recordPaymentsStep(
      transform({ sale, priced, input, claimed }, ({ sale, priced, input, claimed }) => ({
        collection_id: claimed.plan.collection_id,
        currency_code: sale.ticket.currency_code,
        total: priced.priced.totals.total,
        tenders: priced.tenders,
        created_by: input.user_id,
      }))
    )
  )
  const order = createSaleOrderStep({ id: claimed.plan.order_id, sale, priced, payments, created_by: input.user_id })
  parallelize(
    fulfillSaleStep({
      order,
      location_id: sale.ticket.stock_location_id,
      created_by: input.user_id,
      hold: priced.holds_goods,
      payment_collection_id: payments.collection_id,
      fulfillment_id: claimed.plan.fulfillment_id,
    }),
    pluginTendersStep(
      transform({ order, sale, priced, payments }, ({ order, sale, priced, payments }) => ({
        sale,
        order_id: order.id,
        tenders: payments.tenders,
        total: priced.priced.totals.total,
      }))
    ),
    saleHooksStep(transform({ order, sale, priced }, ({ order, sale, priced }) => ({ sale, priced: priced.priced, order_id: order.id })))
  )

  const totals = transform({ priced }, ({ priced }) => ({
    total: priced.priced.totals.total,
    tax_total: priced.priced.totals.tax_total,
    discount_total: priced.priced.totals.discount_total,
  }))
  const tenders = transform({ payments }, ({ payments }) => payments.tenders)
  const completed = completeSaleStep({ sale, order_id: order.id, checkout_key: input.idempotency_key, totals, tenders })
  // The event says enough for subscribers to skip work without reading the sale back.
  const event = transform({ order, completed, sale, priced }, ({ order, completed, sale, priced }) => ({
    id: order.id,
    receipt_number: completed.receipt_number,
    ticket_id: sale.ticket.id,
    register_id: sale.ticket.register_id,
    stock_location_id: sale.ticket.stock_location_id,
    tenders: priced.tenders.map((t) => t.method),
    has_serials: sale.ticket.lines.some((l) => l.serial_numbers.length > 0),
  }))
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: order.id } }).config({ name: "kassa-pos-emit-order-placed" })
  emitEventStep({ eventName: POS_SALE_COMPLETED, data: event }).config({ name: "kassa-pos-emit-sale-completed" })

  const result = transform({ order, completed, sale, priced, payments }, ({ order, completed, sale, priced, payments }) => ({
    order_id: order.id,
    ticket_id: sale.ticket.id,
    receipt_number: completed.receipt_number,
    stock_location_id: sale.ticket.stock_location_id,
    completed_at: completed.completed_at,
    goods_held: priced.holds_goods,
    tenders: payments.tenders,
  }))
  return new WorkflowResponse(result)
})

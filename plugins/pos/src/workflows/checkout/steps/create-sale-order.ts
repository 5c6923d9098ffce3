import type { CreateOrderDTO } from "@medusajs/framework/types"
import { generateEntityId, Modules } from "@medusajs/framework/utils"
import { captureTransactions, type CounterPayments } from "../../../sale/counter-payments"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { HandedOverOrder } from "./fulfill-sale"
import type { SaleContext } from "./load-sale"
import type { PricedSale } from "./price-sale"

/**
 * The order module's write of new orders, without what its public createOrders adds: reading
 * every order back with eleven relations and its totals, two thirds of that call's CPU (bench,
 * 3-line orders: 33–41 ms of CPU per order through createOrders, 12–13 ms through this). It runs
 * in a transaction of its own; createOrders emits no event of its own that this skips.
 */
type OrderWrites = { createOrders_(data: CreateOrderDTO[]): Promise<{ id: string }[]> }

/**
 * The Medusa order of the sale: the branch's sales channel and region, the customer, the items
 * with their tax lines and adjustments (counter discounts and promotions), who sold it on which
 * register. Medusa computes its totals from these; they are the ticket's to the centavo. Its
 * shipping address is the branch's: the goods leave from the store, and Medusa's own tax lines
 * for items added later (an exchange) need an address to be computed for. It is created with
 * its payments' transactions (so paid, in one call); the fulfilment step links it to their
 * payment collection. Its line items' ids are made here, so nothing is read back: the handover
 * needs only them (its order items are found by them, see markItems). Its id is the checkout's
 * plan's (its journal).
 */
export const createSaleOrderStep = createStep(
  "kassa-pos-create-sale-order",
  async (
    { id, sale, priced, payments, created_by }: { id: string; sale: SaleContext; priced: PricedSale; payments: CounterPayments; created_by: string },
    { container }
  ) => {
    const orders = container.resolve(Modules.ORDER) as unknown as OrderWrites
    const { ticket } = sale
    const items = priced.priced.items.map((i) => ({ id: generateEntityId(undefined, "ordli"), i }))
    const [order] = await orders.createOrders_([
      {
        id,
        region_id: ticket.region_id,
        sales_channel_id: ticket.sales_channel_id,
        customer_id: ticket.customer_id,
        email: sale.customer?.email ?? undefined,
        currency_code: ticket.currency_code,
        status: "pending",
        shipping_address: sale.branch.address,
        no_notification: !sale.customer?.email,
        items: items.map(({ id, i }) => ({
          id,
          title: i.title,
          subtitle: i.subtitle ?? undefined,
          thumbnail: i.thumbnail ?? undefined,
          variant_id: i.variant_id,
          product_id: i.product_id,
          product_title: i.product_title,
          variant_title: i.variant_title ?? undefined,
          variant_sku: i.variant_sku ?? undefined,
          variant_barcode: i.variant_barcode ?? undefined,
          quantity: i.quantity,
          unit_price: i.unit_price,
          is_tax_inclusive: i.is_tax_inclusive,
          requires_shipping: false,
          // Medusa's order tax lines name a rate in `description` (the tax module calls it `name`).
          tax_lines: i.tax_lines.map(({ name, ...line }) => ({ ...line, description: name })),
          adjustments: i.adjustments,
          metadata: i.metadata,
        })),
        metadata: {
          kassa: {
            ticket_id: ticket.id,
            stock_location_id: ticket.stock_location_id,
            register_id: ticket.register_id,
            cashier_id: ticket.opened_by,
            sales_agent_id: sale.agent.id,
            promotions: priced.priced.promotions,
          },
        },
        transactions: captureTransactions(ticket.currency_code, payments.tenders),
        created_by,
      } as CreateOrderDTO,
    ])
    // What the rest of the checkout needs of the order (each step that takes it gets a copy).
    const created: HandedOverOrder = {
      id: order.id,
      version: 1,
      items: items.map(({ id, i }) => ({ id, title: i.title, variant_sku: i.variant_sku, variant_barcode: i.variant_barcode, quantity: i.quantity })),
    }
    return new StepResponse(created, order.id)
  },
  async (orderId, { container }) => {
    if (orderId) await container.resolve(Modules.ORDER).deleteOrders([orderId])
  }
)

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { UpdateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "../workflows/checkout/workflows/checkout"

/**
 * A counter sale's order shows and is found by its receipt number: Medusa's `custom_display_id`
 * (searchable by the admin's order search, `q`). Set after the sale, not in the checkout: the
 * number is drawn when the sale completes, and a failure here must not undo a completed sale.
 */
export default async function orderReceiptNumber({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  const { id, receipt_number } = event.data
  // custom_display_id is an order column that UpdateOrderDTO does not list; the service takes it.
  await container.resolve(Modules.ORDER).updateOrders(id, { custom_display_id: receipt_number } as UpdateOrderDTO)
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED }

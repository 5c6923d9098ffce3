import { isPluginOn } from "@kassa/core/kit"
import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainPrintQueue } from "../queue/print-queue"
import { printReceiptWorkflow } from "../workflows/printing"

/**
 * A completed counter sale's receipt goes to its counter's printer. The sale has already been
 * answered: queuing fails only the print (logged; the receipt can be reprinted), never the sale.
 */
export default async function printSaleReceipt({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  try {
    if (!(await isPluginOn(container, "printing", event.data.stock_location_id))) return
    const { result: job } = await printReceiptWorkflow(container).run({ input: { order_id: event.data.id, kind: "receipt" } })
    if (job) void drainPrintQueue(container)
  } catch (e) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Printing: the receipt of ${event.data.receipt_number} was not queued (${(e as Error).message})`)
  }
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED }

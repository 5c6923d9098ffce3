import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { emailConfigured } from "../receipts/email-channel"
import { sendReceiptEmail } from "../receipts/send-receipt-email"
import { receiptData } from "../sale/receipt-data"
import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "../workflows/checkout/workflows/checkout"

/**
 * At a branch that e-mails receipts, the sale's receipt goes to its customer as the sale
 * completes, when they have an address. After the sale, not in the checkout: a mail server
 * down must not undo a sale. One e-mail per sale: its idempotency key is the order's, so a second
 * delivery of the event sends nothing.
 */
export default async function emailReceipt({ event, container }: SubscriberArgs<PosSaleCompletedData>) {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  if (!(await pos.settingsFor(event.data.stock_location_id)).email_receipts || !emailConfigured(container)) return
  const data = await receiptData(container, event.data.id)
  const to = data.customer?.email
  if (!to) return
  try {
    await sendReceiptEmail(container, data, to, { layout: "a4", idempotency_key: `kassa-receipt-auto-${data.order_id}` })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Receipt ${data.receipt_number}: the automatic e-mail to ${to} was not sent: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: POS_SALE_COMPLETED }

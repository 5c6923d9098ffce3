import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { emailConfigured } from "../../../../../../../../receipts/email-channel"
import { sendReceiptEmail } from "../../../../../../../../receipts/send-receipt-email"
import { receiptData } from "../../../../../../../../sale/receipt-data"
import type { EmailReceiptType } from "../../../validators"

/**
 * E-mails the receipt (HTML and text, the PDF attached) through Medusa's notification module:
 * to the address given, else the sale's customer.
 */
export const POST = async (req: AuthenticatedMedusaRequest<EmailReceiptType>, res: MedusaResponse) => {
  if (!emailConfigured(req.scope)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "E-mail is not set up on this server (SMTP_HOST is not set): print the receipt or show it instead")
  }
  const data = await receiptData(req.scope, req.params.order_id)
  const to = req.validatedBody.email ?? data.customer?.email
  if (!to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The sale has no customer e-mail: give one in `email`")
  const notification = await sendReceiptEmail(req.scope, data, to, {
    layout: req.validatedBody.layout,
    idempotency_key: `kassa-receipt-${data.order_id}-${to}-${Date.now()}`,
  })
  res.json({ sent: { to, notification_id: notification.id, status: notification.status } })
}

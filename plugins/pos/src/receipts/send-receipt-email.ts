import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { receiptLogoBytes } from "./logo-bytes"
import type { ReceiptData } from "./types"
import { renderReceiptHtml, renderReceiptPdf, renderReceiptText, type ReceiptLayout } from "./index"

/**
 * The receipt by e-mail (HTML and text, the PDF attached) through Medusa's notification module.
 * `idempotency_key`: the notification module sends a key once (a cashier's resend passes a new
 * one each time; the automatic e-mail one per sale).
 */
export async function sendReceiptEmail(container: MedusaContainer, data: ReceiptData, to: string, options: { layout: ReceiptLayout; idempotency_key: string }) {
  const pdf = await renderReceiptPdf(data, { layout: options.layout, logo: await receiptLogoBytes(container, data) })
  const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
    {
      to,
      channel: "email",
      template: "kassa-receipt",
      content: {
        subject: `Your receipt ${data.receipt_number} from ${data.branch.name}`,
        html: renderReceiptHtml(data, { layout: options.layout }),
        text: renderReceiptText(data),
      },
      attachments: [{ content: pdf.toString("base64"), filename: `${data.receipt_number}.pdf`, content_type: "application/pdf", disposition: "attachment" }],
      idempotency_key: options.idempotency_key,
    },
  ])
  return notification
}

import type {
  Attachment,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { createTransport, type SendMailOptions, type Transporter } from "nodemailer"

export type NodemailerOptions = {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean
  user?: string
  pass?: string
  /** Default sender, e.g. "Kassa <receipts@example.com>"; a notification's `from` overrides it. */
  from: string
  /** Never upgrade with STARTTLS: only for a local relay or a test server. */
  ignore_tls?: boolean
}

type Content = { subject?: string; html?: string; text?: string }

const stringOrUndefined = (value: unknown) => (typeof value === "string" ? value : undefined)

/** Explicit `content` wins; otherwise the fields of `data`, where Medusa's own workflows put them. */
function mailContent(notification: ProviderSendNotificationDTO): Content {
  if (notification.content) return notification.content
  const data = notification.data ?? {}
  return { subject: stringOrUndefined(data.subject), html: stringOrUndefined(data.html), text: stringOrUndefined(data.text) }
}

/** Medusa carries attachments base64-encoded; an `id` makes one inline, referenced as cid:<id>. */
const toNodemailerAttachment = (attachment: Attachment) => ({
  filename: attachment.filename,
  content: Buffer.from(attachment.content, "base64"),
  contentType: attachment.content_type,
  contentDisposition: attachment.disposition,
  cid: attachment.id,
})

/** Sends the "email" channel through any SMTP server. */
export class NodemailerNotificationService extends AbstractNotificationProviderService {
  static identifier = "nodemailer"

  protected readonly from_: string
  protected readonly transport_: Transporter

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["host", "from"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `The nodemailer notification provider needs the "${key}" option`)
      }
    }
    if (!Number.isInteger(options.port)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The nodemailer notification provider needs a numeric "port" option`)
    }
  }

  constructor(_container: unknown, options: NodemailerOptions) {
    super()
    this.from_ = options.from
    // One pooled transport per provider: connections are reused across notifications.
    this.transport_ = createTransport({
      pool: true,
      host: options.host,
      port: options.port,
      secure: options.secure ?? false,
      ignoreTLS: options.ignore_tls ?? false,
      auth: options.user ? { user: options.user, pass: options.pass } : undefined,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { subject, html, text } = mailContent(notification)
    if (!subject || !(html || text)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail notification needs a subject and an html or text body")
    }
    const message: SendMailOptions = {
      from: notification.from?.trim() || this.from_,
      to: notification.to,
      subject,
      html,
      text,
      attachments: notification.attachments?.map(toNodemailerAttachment),
    }
    try {
      const info = await this.transport_.sendMail(message)
      return { id: info.messageId }
    } catch (error) {
      // nodemailer puts the server's reply (e.g. "550 5.1.1 mailbox unavailable") in the message.
      const reason = error instanceof Error ? error.message : String(error)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not send the e-mail to ${notification.to}: ${reason}`)
    }
  }
}

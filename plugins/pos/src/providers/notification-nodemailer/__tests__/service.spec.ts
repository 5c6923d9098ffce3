import type { AddressInfo } from "node:net"
import { MedusaError } from "@medusajs/framework/utils"
import { SMTPServer, type SMTPServerSession } from "smtp-server"
import { NodemailerNotificationService, type NodemailerOptions } from "../service"

type Received = { from: string | false; to: string[]; raw: string }

const BLOCKED = "blocked@example.com"
// A minimal but well-formed PDF: what a receipt attachment carries.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

/** A real SMTP server on a free port that keeps every message it accepts. */
function startSmtpServer(received: Received[]): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // The provider's pooled connection stays open; let close() end it at once.
    closeTimeout: 50,
    onRcptTo(address, _session, callback) {
      if (address.address !== BLOCKED) return callback()
      callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }))
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom && session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        })
        callback()
      })
    },
  })
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.server.address() as AddressInfo).port }))
  })
}

describe("NodemailerNotificationService", () => {
  const received: Received[] = []
  let server: SMTPServer
  let service: NodemailerNotificationService

  beforeAll(async () => {
    const smtp = await startSmtpServer(received)
    server = smtp.server
    const options: NodemailerOptions = {
      host: "127.0.0.1",
      port: smtp.port,
      from: "Kassa Megamall <receipts@example.com>",
      ignore_tls: true,
    }
    NodemailerNotificationService.validateOptions(options)
    service = new NodemailerNotificationService({}, options)
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  beforeEach(() => {
    received.length = 0
  })

  it("refuses options without a host or a sender", () => {
    expect(() => NodemailerNotificationService.validateOptions({ port: 25, from: "a@example.com" })).toThrow(/"host"/)
    expect(() => NodemailerNotificationService.validateOptions({ host: "smtp.example.com", port: 25 })).toThrow(/"from"/)
    expect(() => NodemailerNotificationService.validateOptions({ host: "smtp.example.com", port: "25", from: "a@example.com" })).toThrow(/"port"/)
  })

  it("delivers subject, html, text and a PDF attachment over SMTP", async () => {
    const result = await service.send({
      to: "juan@example.com",
      channel: "email",
      template: "receipt",
      content: {
        subject: "Your receipt MEGA-R1-000123",
        html: "<p>Thank you for shopping, Juan.</p>",
        text: "Thank you for shopping, Juan.",
      },
      attachments: [
        { filename: "receipt-MEGA-R1-000123.pdf", content: PDF.toString("base64"), content_type: "application/pdf", disposition: "attachment" },
      ],
    })

    expect(received).toHaveLength(1)
    const [mail] = received
    expect(result.id).toMatch(/^<.+@.+>$/)
    expect(mail.raw).toContain(`Message-ID: ${result.id}`)
    expect(mail.from).toBe("receipts@example.com")
    expect(mail.to).toEqual(["juan@example.com"])
    expect(mail.raw).toContain("From: Kassa Megamall <receipts@example.com>")
    expect(mail.raw).toContain("Subject: Your receipt MEGA-R1-000123")
    expect(mail.raw).toMatch(/Content-Type: text\/html; charset=utf-8\r\n[\s\S]*<p>Thank you for shopping, Juan.<\/p>/)
    expect(mail.raw).toMatch(/Content-Type: text\/plain; charset=utf-8\r\n[\s\S]*Thank you for shopping, Juan./)
    expect(mail.raw).toContain("Content-Type: application/pdf; name=receipt-MEGA-R1-000123.pdf")
    expect(mail.raw).toContain("Content-Disposition: attachment; filename=receipt-MEGA-R1-000123.pdf")
    // Base64 bodies are wrapped at 76 columns: joined up, the PDF arrives byte for byte.
    expect(mail.raw.replace(/\r\n/g, "")).toContain(PDF.toString("base64"))
  })

  it("falls back to the notification's data and lets the notification choose the sender", async () => {
    await service.send({
      to: "maria@example.com",
      from: "Kassa Support <support@example.com>",
      channel: "email",
      template: "staff-invite",
      data: { subject: "You are invited", text: "Set your PIN at the counter." },
    })

    const [mail] = received
    expect(mail.from).toBe("support@example.com")
    expect(mail.to).toEqual(["maria@example.com"])
    expect(mail.raw).toContain("Subject: You are invited")
    expect(mail.raw).toContain("Set your PIN at the counter.")
    expect(mail.raw).not.toContain("text/html")
  })

  it("refuses a notification without a subject or a body", async () => {
    await expect(
      service.send({ to: "juan@example.com", channel: "email", template: "receipt", data: { subject: "Empty" } })
    ).rejects.toThrow(/needs a subject and an html or text body/)
    expect(received).toHaveLength(0)
  })

  it("reports the SMTP server's refusal as a MedusaError", async () => {
    const sending = service.send({
      to: BLOCKED,
      channel: "email",
      template: "receipt",
      content: { subject: "Your receipt", text: "Thank you." },
    })
    await expect(sending).rejects.toBeInstanceOf(MedusaError)
    await expect(sending).rejects.toThrow(/550 5\.1\.1 Mailbox unavailable/)
    expect(received).toHaveLength(0)
  })
})

import { SMTPServer } from "smtp-server"

export type Mail = { from: string; to: string[]; raw: string }

/**
 * A real SMTP server for the app's e-mails, started as the spec file loads: the SMTP_* settings
 * must be in the environment before the test runner loads medusa-config.ts (its `env` option
 * applies too late for that). Closed, and the settings removed, after the file's tests. Returns
 * the mails as they arrive.
 */
export function startTestSmtp(from: string): Mail[] {
  const mails: Mail[] = []
  const port = 20000 + (process.pid % 20000)
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      let raw = ""
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")))
      stream.on("end", () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw })
        done()
      })
    },
  })
  server.listen(port, "127.0.0.1")
  const env = { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_IGNORE_TLS: "true", SMTP_FROM: from }
  Object.assign(process.env, env)
  afterAll(async () => {
    for (const name of Object.keys(env)) delete process.env[name]
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return mails
}

/**
 * The text/plain part of a mail as the customer reads it: nodemailer sends it quoted-printable
 * (soft line breaks, =XX bytes) or base64, depending on how much of it is not ASCII.
 */
export function mailText(mail: Mail): string {
  const start = mail.raw.search(/Content-Type: text\/plain/i)
  if (start < 0) throw new Error("The mail has no text/plain part")
  const part = mail.raw.slice(start)
  const headerEnd = part.indexOf("\r\n\r\n")
  const headers = part.slice(0, headerEnd)
  const body = part.slice(headerEnd + 4).split(/\r\n--/)[0]
  const encoding = /Content-Transfer-Encoding:\s*([\w-]+)/i.exec(headers)?.[1].toLowerCase()
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
  if (encoding === "quoted-printable") {
    const bytes: number[] = []
    const text = body.replace(/=\r?\n/g, "")
    for (let i = 0; i < text.length; i++) {
      const hex = text[i] === "=" ? /^[0-9A-F]{2}/i.exec(text.slice(i + 1, i + 3)) : null
      if (hex) {
        bytes.push(parseInt(hex[0], 16))
        i += 2
      } else bytes.push(text.charCodeAt(i))
    }
    return Buffer.from(bytes).toString("utf8")
  }
  return body
}

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

import { decimal } from "../../ledger/money"

export type ExpiryMailFacts = {
  customer_name: string
  currency_code: string
  /** What is left of the credit, in centavos. */
  remaining: number
  expires_at: Date
  store_name: string
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)

/** The expiry e-mail's subject, text and HTML; the date as the customer reads it (Manila). */
export function expiryMail(f: ExpiryMailFacts) {
  const amount = `${f.currency_code.toUpperCase()} ${Number(decimal(f.remaining)).toLocaleString("en-PH", { minimumFractionDigits: 2 })}`
  const date = f.expires_at.toLocaleDateString("en-PH", { timeZone: "Asia/Manila", year: "numeric", month: "long", day: "numeric" })
  // Short subject: mail clients and SMTP fold long header lines.
  const subject = `Your store credit expires ${date}`
  const body = `${amount} of your store credit expires on ${date}. Spend it at any of our branches before then.`
  const text = `Dear ${f.customer_name},\n\n${body}\n\n${f.store_name}`
  const html = `<p>Dear ${escape(f.customer_name)},</p><p>${escape(body)}</p><p>${escape(f.store_name)}</p>`
  return { subject, text, html }
}

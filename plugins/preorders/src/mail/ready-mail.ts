import { centavosText as moneyText } from "../workflows/preorders/money"

export type ReadyMailFacts = {
  customer_name: string
  number: string
  title: string
  quantity: number
  branch_name: string
  currency_code: string
  /** Centavos still owed. */
  balance: number
  store_name: string
  reminder: boolean
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)


/** The e-mail telling the customer their goods wait for them (and the reminder that repeats it). */
export function readyMail(f: ReadyMailFacts) {
  const subject = `${f.reminder ? "Reminder: y" : "Y"}our ${f.number} is ready for collection`
  const owed = f.balance > 0 ? `The balance of ${moneyText(f.currency_code, f.balance)} is paid at any of our branches.` : "It is paid in full."
  const body = `${f.quantity} × ${f.title} is reserved for you at ${f.branch_name} under ${f.number}. ${owed} Bring your pre-order slip or your phone number.`
  const text = `Dear ${f.customer_name},\n\n${body}\n\n${f.store_name}`
  const html = `<p>Dear ${escape(f.customer_name)},</p><p>${escape(body)}</p><p>${escape(f.store_name)}</p>`
  return { subject, text, html }
}

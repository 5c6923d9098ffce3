import { pesoText, sum, toCentavos } from "../schedule/money"

export type ScheduleRow = { sequence: number; due_date: string; principal_due: unknown; interest_due: unknown; fee_due: unknown }

export type PlanMailFacts = {
  customer_name: string
  branch_name: string
  order_ref: string
  term_months: number
  /** Centavos. */
  sale_total: number
  down_payment: number
  amount_financed: number
  interest_total: number
  processing_fee: number
  interest_text: string
  late_fee_text: string
  schedule: ScheduleRow[]
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
const dueOf = (row: ScheduleRow) => sum([row.principal_due, row.interest_due, row.fee_due].map((v) => toCentavos(v as number)))

/**
 * The approval e-mail: the plan's terms and its whole schedule, so the customer has in writing
 * what they agreed to at the counter. Subjects stay short (mail clients fold long header lines).
 */
export function approvedMail(f: PlanMailFacts) {
  const schedule = [...f.schedule].sort((a, b) => a.sequence - b.sequence)
  const terms: [string, string][] = [
    ["Purchase", f.order_ref],
    ["Sale total", pesoText(f.sale_total)],
    ["Down payment", pesoText(f.down_payment)],
    ["Amount financed", pesoText(f.amount_financed)],
    ["Interest", `${pesoText(f.interest_total)} (${f.interest_text})`],
    ["Processing fee", pesoText(f.processing_fee)],
    ["Term", `${f.term_months} monthly installments`],
    ["First due date", schedule[0]?.due_date ?? "-"],
    ["Late payment", f.late_fee_text],
  ]
  const intro = `Your installment plan is approved. Here are its terms and schedule; you can pay at any ${f.branch_name.replace(/ Branch$/, "")} branch counter.`
  const text = [
    `Dear ${f.customer_name},`,
    "",
    intro,
    "",
    ...terms.map(([k, v]) => `${k}: ${v}`),
    "",
    "Schedule:",
    ...schedule.map((r) => `${r.sequence}. ${r.due_date}  ${pesoText(dueOf(r))}`),
    "",
    f.branch_name,
  ].join("\n")
  const html =
    `<p>Dear ${escape(f.customer_name)},</p><p>${escape(intro)}</p>` +
    `<table>${terms.map(([k, v]) => `<tr><th align="left">${escape(k)}</th><td>${escape(v)}</td></tr>`).join("")}</table>` +
    `<h3>Schedule</h3><table><tr><th>#</th><th>Due</th><th align="right">Amount</th></tr>` +
    schedule.map((r) => `<tr><td>${r.sequence}</td><td>${r.due_date}</td><td align="right">${escape(pesoText(dueOf(r)))}</td></tr>`).join("") +
    `</table><p>${escape(f.branch_name)}</p>`
  return { subject: `Installment plan approved: ${f.order_ref}`, text, html }
}

/** The rejection e-mail, with the officer's reason; the down payment was refunded with the sale. */
export function rejectedMail(f: { customer_name: string; branch_name: string; order_ref: string; reason: string; down_payment: number }) {
  const body = `We are sorry: your installment application for ${f.order_ref} was not approved. Reason: ${f.reason}.`
  const refund = f.down_payment > 0 ? `Your down payment of ${pesoText(f.down_payment)} is refunded and the sale is canceled.` : "The sale is canceled."
  const text = `Dear ${f.customer_name},\n\n${body}\n${refund}\n\nYou are welcome to visit us to discuss other ways to pay.\n\n${f.branch_name}`
  const html = `<p>Dear ${escape(f.customer_name)},</p><p>${escape(body)}</p><p>${escape(refund)}</p><p>You are welcome to visit us to discuss other ways to pay.</p><p>${escape(f.branch_name)}</p>`
  return { subject: `Installment application not approved: ${f.order_ref}`, text, html }
}

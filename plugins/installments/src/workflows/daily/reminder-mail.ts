import { pesos, toCentavos } from "../../schedule/money"

export type ReminderFacts = {
  kind: "before_due" | "overdue"
  customer_name: string
  branch_name: string
  sequence: number
  term_months: number
  due_date: string
  /** What is owed on the installment now, in centavos. */
  owed: number
  days_past_due: number
}

/** The reminder e-mail's subject, HTML and text. */
export function reminderMail(f: ReminderFacts) {
  const amount = `PHP ${pesos(f.owed)}`
  const which = `installment ${f.sequence} of ${f.term_months}`
  // Short subjects: mail clients and SMTP fold long header lines.
  const subject = f.kind === "before_due" ? `Installment ${f.sequence} of ${f.term_months} due ${f.due_date}` : `Overdue: installment ${f.sequence} of ${f.term_months}`
  const body =
    f.kind === "before_due"
      ? `This is a friendly reminder that your ${which} of ${amount} falls due on ${f.due_date}. You can pay at any ${f.branch_name.replace(/ Branch$/, "")} branch counter.`
      : `Your ${which} of ${amount} was due on ${f.due_date} and is ${f.days_past_due} day(s) past due. Late fees apply per your terms; please pay at any branch counter.`
  const text = `Dear ${f.customer_name},\n\n${body}\n\n${f.branch_name}`
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)
  const html = `<p>Dear ${escape(f.customer_name)},</p><p>${escape(body)}</p><p>${escape(f.branch_name)}</p>`
  return { subject, text, html }
}

export const owedOn = (i: { principal_due: unknown; interest_due: unknown; fee_due: unknown; principal_paid: unknown; interest_paid: unknown; fee_paid: unknown; interest_waived: unknown }) =>
  [i.principal_due, i.interest_due, i.fee_due].reduce<number>((a, v) => a + toCentavos(v as number), 0) -
  [i.principal_paid, i.interest_paid, i.fee_paid, i.interest_waived].reduce<number>((a, v) => a + toCentavos(v as number), 0)

import { STATUS_LABELS, type ClaimStatus } from "../modules/warranty/lifecycle"

export type ClaimEmailData = {
  claim_id: string
  customer_name: string
  product_title: string
  serial_number: string
  type: string
  status: ClaimStatus
  branch_name: string
  note: string | null
}

const MESSAGES: Record<ClaimStatus, string> = {
  pending: "We have received your unit and filed your warranty claim.",
  in_progress: "A technician is now working on your unit.",
  completed: "Your unit is ready: you can collect it at the branch.",
  released: "Your unit was released to you. Thank you for your patience.",
  rejected: "We could not accept your warranty claim.",
  canceled: "Your warranty claim was canceled.",
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The customer's e-mail at a status change: subject, plain text and HTML with the same content. */
export function claimStatusEmail(d: ClaimEmailData) {
  const subject = `Warranty claim ${d.claim_id}: ${STATUS_LABELS[d.status]}`
  const rows: [string, string][] = [
    ["Claim", d.claim_id],
    ["Product", d.product_title],
    ["Serial number", d.serial_number],
    ["Type", d.type === "replacement" ? "Replacement" : "Repair"],
    ["Status", STATUS_LABELS[d.status]],
    ["Branch", d.branch_name],
    ...(d.note ? ([["Note", d.note]] as [string, string][]) : []),
  ]
  const text = [`Dear ${d.customer_name},`, "", MESSAGES[d.status], "", ...rows.map(([k, v]) => `${k}: ${v}`), "", d.branch_name].join("\n")
  const html = `<!doctype html><html><body style="font-family: sans-serif">
<p>Dear ${escapeHtml(d.customer_name)},</p><p>${escapeHtml(MESSAGES[d.status])}</p>
<table>${rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
<p>${escapeHtml(d.branch_name)}</p></body></html>`
  return { subject, text, html }
}

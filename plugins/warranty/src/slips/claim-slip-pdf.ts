import PDFDocument from "pdfkit"
import { STATUS_LABELS, type ClaimStatus } from "../modules/warranty/lifecycle"

export type ClaimSlip = {
  claim_id: string
  branch: { name: string; address: string | null; phone: string | null }
  filed_at: string
  timezone: string
  status: ClaimStatus
  type: string
  customer: string
  product_title: string
  serial_number: string
  order_number: string
  sold_at: string
  window: string
  issue: string
  override: string | null
}

// pdfkit's standard fonts are WinAnsi: anything beyond Latin-1 would print as a wrong glyph.
const printable = (text: string) => text.replace(/₱\s?/g, "PHP ").replace(/[^\x20-\x7e\xa0-\xff\n]/g, "?")

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat("en-PH", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))

// The logo's box above the branch's name: 170 × 50 pt (60 × 18 mm), centred, its proportions kept.
const LOGO = { width: 170, height: 50 }

/**
 * The customer's copy of a claim (A5): what was taken in, for what, and where it stands. `logo`:
 * the bytes of the branch's logo (core's `logoBytes`), printed at the top.
 */
export function claimSlipPdf(slip: ClaimSlip, logo: Buffer | null = null): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A5", margin: 36, info: { Title: `Warranty claim ${slip.claim_id}` } })
  const chunks: Buffer[] = []
  doc.on("data", (c: Buffer) => chunks.push(c))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })

  if (logo) {
    doc.image(logo, (doc.page.width - LOGO.width) / 2, doc.y, { fit: [LOGO.width, LOGO.height], align: "center" })
    doc.moveDown(0.5)
  }
  doc.font("Helvetica-Bold").fontSize(14).text(printable(slip.branch.name), { align: "center" })
  doc.font("Helvetica").fontSize(9)
  for (const line of [slip.branch.address, slip.branch.phone ? `Tel. ${slip.branch.phone}` : null]) if (line) doc.text(printable(line), { align: "center" })
  doc.moveDown().font("Helvetica-Bold").fontSize(12).text("WARRANTY CLAIM SLIP", { align: "center" }).moveDown(0.5)
  const rows: [string, string][] = [
    ["Claim no.", slip.claim_id],
    ["Filed", when(slip.filed_at, slip.timezone)],
    ["Status", STATUS_LABELS[slip.status]],
    ["Type", slip.type === "replacement" ? "Replacement" : "Repair"],
    ["Customer", slip.customer],
    ["Product", slip.product_title],
    ["Serial no.", slip.serial_number],
    ["Order", slip.order_number],
    ["Sold", when(slip.sold_at, slip.timezone)],
    ["Window", slip.window],
    ...(slip.override ? ([["Override", slip.override]] as [string, string][]) : []),
  ]
  doc.fontSize(10)
  for (const [label, value] of rows) {
    const y = doc.y
    doc.font("Helvetica-Bold").text(label, 36, y, { width: 90 })
    doc.font("Helvetica").text(printable(value), 130, y, { width: doc.page.width - 166 })
    doc.moveDown(0.2)
  }
  doc.moveDown().font("Helvetica-Bold").text("Reported fault", 36).font("Helvetica").text(printable(slip.issue))
  doc.moveDown(2).text("Received by: ______________________    Customer: ______________________", 36)
  doc.moveDown().fontSize(8).text("Present this slip to collect your unit.", { align: "center" })
  doc.end()
  return done
}

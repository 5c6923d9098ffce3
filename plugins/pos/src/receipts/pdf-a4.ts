import PDFDocument from "pdfkit"
import type { PdfBarcode } from "./pdf"
import type { ReceiptSections, Row } from "./sections"
import { imageSize } from "./image-size"

const MARGIN = 42.52 // 15 mm
const REGULAR = "Helvetica"
const BOLD = "Helvetica-Bold"
const MUTED = "#555555"
const TOTALS_WIDTH = 250

/** Starts a new page when the next block would cross the bottom margin. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}

// The logo's box above the branch's name: 170 × 60 pt (60 × 21 mm), its proportions kept.
const LOGO = { width: 170, height: 60 }

function header(doc: PDFKit.PDFDocument, receipt: ReceiptSections, width: number, logo: Buffer | null) {
  const [name, ...branch] = receipt.branch
  doc.font(BOLD).fontSize(14).text("RECEIPT", MARGIN, MARGIN, { width, align: "right" })
  doc.font(REGULAR).fontSize(10).text(receipt.receipt_number, { width, align: "right" })
  const documentBottom = doc.y

  const branchWidth = width * 0.6
  let top = MARGIN
  const image = logo ? imageSize(logo) : null
  if (logo && image) {
    const scale = Math.min(LOGO.width / image.width, LOGO.height / image.height, 1)
    doc.image(logo, MARGIN, top, { width: image.width * scale, height: image.height * scale })
    top += image.height * scale + 8
  }
  doc.font(BOLD).fontSize(16).text(name, MARGIN, top, { width: branchWidth })
  doc.font(REGULAR).fontSize(10)
  branch.forEach((line) => doc.text(line, { width: branchWidth }))
  doc.fontSize(9).fillColor(MUTED)
  receipt.header.forEach((line) => doc.text(line, { width: branchWidth }))
  doc.fillColor("black")
  doc.y = Math.max(doc.y, documentBottom) + 14
}

/** Below the header, in bold between rules: the customer must not miss it. */
function notices(doc: PDFKit.PDFDocument, lines: string[], width: number) {
  if (!lines.length) return
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(1.5).stroke()
  doc.y += 6
  doc.font(BOLD).fontSize(11)
  lines.forEach((line) => doc.text(line, MARGIN, doc.y, { width, align: "center" }))
  doc.y += 4
  doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).lineWidth(1.5).stroke()
  doc.y += 12
}

function meta(doc: PDFKit.PDFDocument, rows: Row[], width: number) {
  const labelWidth = 80
  for (const row of rows) {
    const y = doc.y
    doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(row.label, MARGIN, y, { width: labelWidth })
    doc.fillColor("black").text(row.value, MARGIN + labelWidth, y, { width: width - labelWidth })
  }
  doc.moveDown()
}

function items(doc: PDFKit.PDFDocument, receipt: ReceiptSections) {
  const number = { align: { x: "right" as const } }
  const heading = (text: string, right = false) => ({ text, font: { src: BOLD }, ...(right ? number : {}) })
  doc.font(REGULAR).fontSize(9.5)
  doc.table({
    position: { x: MARGIN, y: doc.y },
    columnStyles: ["*", { width: 30, ...number }, { width: 80, ...number }, 135, { width: 80, ...number }],
    defaultStyle: { border: [0, 0, 0.5, 0], borderColor: "#bbbbbb", padding: [4, 4] },
    rowStyles: (row) => (row === 0 ? { border: [0, 0, 1.5, 0], borderColor: "#111111" } : undefined),
    data: [
      [heading("Item"), heading("Qty", true), heading("Unit price", true), heading("Discounts"), heading("Amount", true)],
      ...receipt.lines.map((line) => [
        [line.title, ...line.details].join("\n"),
        line.quantity,
        line.unit_price,
        line.discounts.map((row) => `${row.label} ${row.value}`).join("\n"),
        line.total,
      ]),
    ],
  })
  doc.moveDown()
}

function totals(doc: PDFKit.PDFDocument, rows: Row[], width: number) {
  const x = MARGIN + width - TOTALS_WIDTH
  for (const row of rows) {
    const size = row.style === "strong" ? 12 : row.style === "detail" ? 9 : 10
    doc.font(row.style === "strong" ? BOLD : REGULAR).fontSize(size).fillColor(row.style === "detail" ? MUTED : "black")
    ensureSpace(doc, size * 2)
    const y = doc.y + (row.style === "strong" ? 4 : 0)
    const indent = row.style === "detail" ? 12 : 0
    if (row.style === "strong") doc.moveTo(x, y - 2).lineTo(x + TOTALS_WIDTH, y - 2).lineWidth(1).stroke()
    doc.text(row.value, x, y, { width: TOTALS_WIDTH, align: "right" })
    doc.text(row.label, x + indent, y, { width: TOTALS_WIDTH - indent - doc.widthOfString(row.value) - 8 })
    if (row.style === "strong") doc.y += 4
  }
  doc.fillColor("black").moveDown()
}

function footer(doc: PDFKit.PDFDocument, receipt: ReceiptSections, barcodes: PdfBarcode[], width: number) {
  const barcodeHeight = 40
  doc.font(REGULAR).fontSize(9).fillColor(MUTED)
  ensureSpace(doc, receipt.footer.length * 12 + barcodeHeight + 30)
  receipt.footer.forEach((line) => doc.text(line, MARGIN, doc.y, { width, align: "center" }))
  for (const { image, caption } of barcodes) {
    ensureSpace(doc, barcodeHeight + 30)
    const barcodeTop = doc.y + 8
    doc.image(image, MARGIN, barcodeTop, { fit: [width, barcodeHeight], align: "center" })
    doc.fillColor("black").text(caption, MARGIN, barcodeTop + barcodeHeight + 4, { width, align: "center" })
  }
}

export function a4Pdf(receipt: ReceiptSections, barcodes: PdfBarcode[], info: PDFKit.DocumentInfo, logo: Buffer | null = null): PDFKit.PDFDocument {
  const doc = new PDFDocument({ size: "A4", margin: MARGIN, info })
  const width = doc.page.width - 2 * MARGIN
  header(doc, receipt, width, logo)
  notices(doc, receipt.notices, width)
  meta(doc, receipt.meta, width)
  items(doc, receipt)
  totals(doc, receipt.summary, width)
  totals(doc, receipt.payments, width)
  footer(doc, receipt, barcodes, width)
  return doc
}

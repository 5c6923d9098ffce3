import PDFDocument from "pdfkit"
import type { ReceiptSections } from "./sections"
import { TEXT_COLUMNS, thermalTextLines } from "./text"

const PAGE_WIDTH = 226.77 // 80 mm
// Courier glyphs are 0.6 em wide: at 8 pt the 42 columns take 201.6 pt, the roll's printable width.
const FONT_SIZE = 8
const LINE_HEIGHT = 10
const MARGIN = (PAGE_WIDTH - TEXT_COLUMNS * FONT_SIZE * 0.6) / 2
const BARCODE = { width: 170, height: 40, gap: 8 }

/** The 42-column text in Courier, so the PDF matches what the printer itself would print. */
export function thermalPdf(receipt: ReceiptSections, barcode: Buffer, info: PDFKit.DocumentInfo): PDFKit.PDFDocument {
  const lines = thermalTextLines(receipt)
  const barcodeTop = MARGIN + lines.length * LINE_HEIGHT + BARCODE.gap
  const captionTop = barcodeTop + BARCODE.height + 2
  // Every line has the same height, so the page can be exactly as long as the receipt. No bottom
  // margin: pdfkit would start a second page for a last line that touches it.
  const height = captionTop + LINE_HEIGHT + MARGIN
  const doc = new PDFDocument({ size: [PAGE_WIDTH, height], margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 0 }, info })

  lines.forEach((line, index) => {
    doc
      .font(line.strong ? "Courier-Bold" : "Courier")
      .fontSize(FONT_SIZE)
      .text(line.text, MARGIN, MARGIN + index * LINE_HEIGHT, { lineBreak: false })
  })
  doc.image(barcode, (PAGE_WIDTH - BARCODE.width) / 2, barcodeTop, {
    fit: [BARCODE.width, BARCODE.height],
    align: "center",
  })
  doc
    .font("Courier")
    .text(receipt.receipt_number, MARGIN, captionTop, { width: PAGE_WIDTH - 2 * MARGIN, align: "center", lineBreak: false })
  return doc
}

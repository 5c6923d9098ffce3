import PDFDocument from "pdfkit"
import type { PdfBarcode } from "./pdf"
import type { ReceiptSections } from "./sections"
import { imageSize } from "./image-size"
import { TEXT_COLUMNS, thermalTextLines } from "./text"

const PAGE_WIDTH = 226.77 // 80 mm
// Courier glyphs are 0.6 em wide: at 8 pt the 42 columns take 201.6 pt, the roll's printable width.
const FONT_SIZE = 8
const LINE_HEIGHT = 10
const MARGIN = (PAGE_WIDTH - TEXT_COLUMNS * FONT_SIZE * 0.6) / 2
const BARCODE = { width: 170, height: 40, gap: 8 }

/** The 42-column text in Courier, so the PDF matches what the printer itself would print; the barcodes under it, each captioned. */
// The logo across the roll's printable width at most, 60 pt (21 mm) high at most.
const LOGO_HEIGHT = 60

export function thermalPdf(receipt: ReceiptSections, barcodes: PdfBarcode[], info: PDFKit.DocumentInfo, logo: Buffer | null = null): PDFKit.PDFDocument {
  const lines = thermalTextLines(receipt)
  const barcodeSpace = BARCODE.gap + BARCODE.height + 2 + LINE_HEIGHT
  // The page's length is computed before pdfkit opens the image: read its size from its header.
  const image = logo ? imageSize(logo) : null
  const scale = image ? Math.min((PAGE_WIDTH - 2 * MARGIN) / image.width, LOGO_HEIGHT / image.height, 1) : 0
  const logoSpace = image ? image.height * scale + LINE_HEIGHT : 0
  const textTop = MARGIN + logoSpace
  const barcodesTop = textTop + lines.length * LINE_HEIGHT
  // Every line has the same height, so the page can be exactly as long as the receipt. No bottom
  // margin: pdfkit would start a second page for a last line that touches it.
  const height = barcodesTop + barcodes.length * barcodeSpace + MARGIN
  const doc = new PDFDocument({ size: [PAGE_WIDTH, height], margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 0 }, info })

  if (logo && image) doc.image(logo, (PAGE_WIDTH - image.width * scale) / 2, MARGIN, { width: image.width * scale, height: image.height * scale })
  lines.forEach((line, index) => {
    doc
      .font(line.strong ? "Courier-Bold" : "Courier")
      .fontSize(FONT_SIZE)
      .text(line.text, MARGIN, textTop + index * LINE_HEIGHT, { lineBreak: false })
  })
  barcodes.forEach(({ image, caption }, index) => {
    const top = barcodesTop + index * barcodeSpace + BARCODE.gap
    doc.image(image, (PAGE_WIDTH - BARCODE.width) / 2, top, { fit: [BARCODE.width, BARCODE.height], align: "center" })
    doc.font("Courier").text(caption, MARGIN, top + BARCODE.height + 2, { width: PAGE_WIDTH - 2 * MARGIN, align: "center", lineBreak: false })
  })
  return doc
}

import PDFDocument from "pdfkit"
import { labelBarcodePng } from "./barcode-image"
import type { Label } from "./label-data"
import { LABEL_DPI, LABEL_MM, MM } from "./layout"

const REGULAR = "Helvetica"
const BOLD = "Helvetica-Bold"
const MUTED = "#444444"
const PAD = 2 * MM
const WIDTH = LABEL_MM.width * MM
const INNER = WIDTH - 2 * PAD

type Opened = { width: number; height: number }
type WithOpenImage = PDFKit.PDFDocument & { openImage(src: Buffer): Opened }

/** One line of text cut to the width with an ellipsis: a label never wraps into the barcode. */
function line(doc: PDFKit.PDFDocument, text: string, y: number, size: number, options: { font?: string; align?: "left" | "right" | "center"; width?: number; x?: number; color?: string } = {}) {
  doc
    .font(options.font ?? REGULAR)
    .fontSize(size)
    .fillColor(options.color ?? "black")
    .text(text, options.x ?? PAD, y, { width: options.width ?? INNER, height: size * 1.25, ellipsis: true, lineBreak: false, align: options.align ?? "left" })
}

/**
 * The labels as a PDF, one 55 × 25 mm page each (label printers' drivers and sheet layouts both
 * take that), top to bottom: brand, name, options and price, the barcode, its digits. Each
 * code's image is rendered and embedded once, however many copies are printed.
 */
export async function labelsPdf(labels: Label[], info: PDFKit.DocumentInfo = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: [WIDTH, LABEL_MM.height * MM], margin: 0, autoFirstPage: false, info: { Title: "Labels", ...info } }) as WithOpenImage
  const images = new Map<string, Opened>()
  for (const code of new Set(labels.map((l) => l.code))) images.set(code, doc.openImage(await labelBarcodePng(code)))
  const chunks: Buffer[] = []
  doc.on("data", (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
  for (const label of labels) {
    doc.addPage()
    if (label.brand) line(doc, label.brand.toUpperCase(), 1.4 * MM, 5.5, { color: MUTED })
    line(doc, label.title, 3.8 * MM, 7.5, { font: BOLD })
    const priceWidth = label.price ? 24 * MM : 0
    if (label.options) line(doc, label.options, 7.2 * MM, 6.5, { width: INNER - priceWidth - MM })
    if (label.price) line(doc, label.price, 6.9 * MM, 8.5, { font: BOLD, align: "right", x: PAD + INNER - priceWidth, width: priceWidth })
    const image = images.get(label.code)!
    const width = (image.width * 72) / LABEL_DPI
    const height = (image.height * 72) / LABEL_DPI
    const top = 10.6 * MM
    doc.image(image as unknown as Buffer, (WIDTH - width) / 2, top, { width, height })
    line(doc, label.code, top + height + 0.2 * MM, 6.5, { align: "center" })
  }
  doc.end()
  return done
}

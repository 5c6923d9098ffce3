import { imageSize } from "@kassa/pos/kit"
import PDFDocument from "pdfkit"

const MM = 72 / 25.4
const PAD = 4 * MM
const SIZE = 8

// A logo above the lines: as wide as the text at most, 60 pt (21 mm) high at most.
const LOGO_HEIGHT = 60

/**
 * A document laid out as text lines (a gift receipt, a refund slip) as a PDF one roll wide: the
 * lines in Courier, so columns line up as on the thermal printer, bold where `strong`, with the
 * branch's logo (PNG or JPEG bytes) centred above them when given. For a PDF printer, which
 * keeps the document on the job instead of printing it.
 */
export function textLinesPdf(
  lines: { text: string; strong?: boolean }[],
  { paperMm, title, logo = null }: { paperMm: number; title: string; logo?: Buffer | null }
): Promise<Buffer> {
  const columns = Math.max(...lines.map((l) => l.text.length), 1)
  const width = paperMm * MM
  // Courier's advance is 0.6 em: the font size that fits the widest line on the roll.
  const size = Math.min(SIZE, (width - 2 * PAD) / (columns * 0.6))
  // The page is exactly as long as its content: the logo's size is read from its header first.
  const image = logo ? imageSize(logo) : null
  const scale = image ? Math.min((width - 2 * PAD) / image.width, LOGO_HEIGHT / image.height, 1) : 0
  const top = PAD + (image ? image.height * scale + size : 0)
  const doc = new PDFDocument({ size: [width, top + PAD + lines.length * size * 1.25], margin: PAD, info: { Title: title } })
  if (logo && image) doc.image(logo, (width - image.width * scale) / 2, PAD, { width: image.width * scale, height: image.height * scale })
  doc.y = top
  for (const { text, strong } of lines) doc.font(strong ? "Courier-Bold" : "Courier").fontSize(size).text(winAnsi(text), PAD, doc.y, { lineBreak: false })
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    doc.end()
  })
}

/** pdfkit's built-in fonts are WinAnsi: beyond Latin-1 a character prints as "?", not a wrong glyph. */
const winAnsi = (text: string) => Array.from(text.replace(/₱\s?/g, "PHP ")).map((c) => ((c.codePointAt(0) ?? 0) <= 0xff ? c : "?")).join("")

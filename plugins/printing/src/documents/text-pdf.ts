import PDFDocument from "pdfkit"

const MM = 72 / 25.4
const PAD = 4 * MM
const SIZE = 8

/**
 * A document laid out as text lines (a gift receipt, a refund slip) as a PDF one roll wide: the
 * lines in Courier, so columns line up as on the thermal printer, bold where `strong`. For a
 * PDF printer, which keeps the document on the job instead of printing it.
 */
export function textLinesPdf(lines: { text: string; strong?: boolean }[], { paperMm, title }: { paperMm: number; title: string }): Promise<Buffer> {
  const columns = Math.max(...lines.map((l) => l.text.length), 1)
  // Courier's advance is 0.6 em: the font size that fits the widest line on the roll.
  const size = Math.min(SIZE, (paperMm * MM - 2 * PAD) / (columns * 0.6))
  const height = 2 * PAD + lines.length * size * 1.25
  const doc = new PDFDocument({ size: [paperMm * MM, height], margin: PAD, info: { Title: title } })
  for (const { text, strong } of lines) doc.font(strong ? "Courier-Bold" : "Courier").fontSize(size).text(winAnsi(text), { lineBreak: false })
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

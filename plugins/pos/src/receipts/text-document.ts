/**
 * Slips that are plain 42-column text (X/Z reports, refund receipts): built as lines, shown as
 * 80 mm HTML or PDF with exactly those lines, as the thermal printer would print them.
 */
import PDFDocument from "pdfkit"
import { escapeHtml, htmlDocument } from "./html"
import { imageSize } from "./image-size"
import { toBuffer, winAnsi } from "./pdf"
import { TEXT_COLUMNS } from "./text"

// The slip's shapes are core's, shared with the feature plugins' slips (claims, installments).
export { slipCenter as center, slipRow as row, slipRule as rule } from "@kassa/core/kit"
/** "12345.50" → "PHP 12,345.50". */
export { slipMoney as php } from "@kassa/core/kit"

/**
 * `printed`: a line for the paper alone (when it was printed), hidden on screen; the counter sets
 * its time as it prints (`data-printed-at`). `logoUrl`: the branch's logo above a slip the
 * customer takes (a refund receipt).
 */
export function textDocumentHtml(lines: string[], title: string, { printed, logoUrl }: { printed?: string; logoUrl?: string | null } = {}) {
  const css =
    "body{margin:0}pre{width:80mm;margin:0 auto;padding:4mm 0;font:12px/1.35 'Courier New',monospace}pre.printed{padding-top:0}" +
    ".logo{display:block;margin:4mm auto 0;max-width:60mm;max-height:20mm;filter:grayscale(1) contrast(1.6)}" +
    "@media screen{pre.printed{display:none}}@page{size:80mm auto;margin:0}"
  const logo = logoUrl ? `<img class="logo" src="${escapeHtml(logoUrl)}" alt="">\n` : ""
  const stamp = printed ? `\n<pre class="printed" data-printed-at data-columns="${TEXT_COLUMNS}">${escapeHtml(printed)}</pre>` : ""
  return htmlDocument(title, css, `${logo}<pre>${escapeHtml(lines.join("\n"))}</pre>${stamp}`)
}

// A logo above the text: as wide as the roll's text at most, 60 pt (21 mm) high at most.
const LOGO_HEIGHT = 60

/** `logo`: the bytes of the branch's logo (PNG or JPEG), drawn centred above the lines. */
export function textDocumentPdf(lines: string[], title: string, logo: Buffer | null = null): Promise<Buffer> {
  const width = 226.77 // 80 mm
  const margin = (width - TEXT_COLUMNS * 8 * 0.6) / 2
  // The page is exactly as long as its content: the logo's size is read from its header first.
  const image = logo ? imageSize(logo) : null
  const scale = image ? Math.min((width - 2 * margin) / image.width, LOGO_HEIGHT / image.height, 1) : 0
  const top = margin + (image ? image.height * scale + 10 : 0)
  const doc = new PDFDocument({ size: [width, top + margin + lines.length * 10], margins: { top: margin, left: margin, right: margin, bottom: 0 }, info: { Title: title } })
  if (logo && image) doc.image(logo, (width - image.width * scale) / 2, margin, { width: image.width * scale, height: image.height * scale })
  lines.forEach((line, i) => doc.font("Courier").fontSize(8).text(winAnsi(line), margin, top + i * 10, { lineBreak: false }))
  return toBuffer(doc)
}

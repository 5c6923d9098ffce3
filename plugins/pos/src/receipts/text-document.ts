/**
 * Slips that are plain 42-column text (X/Z reports, refund receipts): built as lines, shown as
 * 80 mm HTML or PDF with exactly those lines, as the thermal printer would print them.
 */
import PDFDocument from "pdfkit"
import { escapeHtml, htmlDocument } from "./html"
import { toBuffer, winAnsi } from "./pdf"
import { TEXT_COLUMNS } from "./text"

// The slip's shapes are core's, shared with the feature plugins' slips (claims, installments).
export { slipCenter as center, slipRow as row, slipRule as rule } from "@kassa/core/kit"
/** "12345.50" → "PHP 12,345.50". */
export { slipMoney as php } from "@kassa/core/kit"

/**
 * `printed`: a line for the paper alone (when it was printed), hidden on screen; the counter sets
 * its time as it prints (`data-printed-at`).
 */
export function textDocumentHtml(lines: string[], title: string, { printed }: { printed?: string } = {}) {
  const css =
    "body{margin:0}pre{width:80mm;margin:0 auto;padding:4mm 0;font:12px/1.35 'Courier New',monospace}pre.printed{padding-top:0}" +
    "@media screen{pre.printed{display:none}}@page{size:80mm auto;margin:0}"
  const stamp = printed ? `\n<pre class="printed" data-printed-at data-columns="${TEXT_COLUMNS}">${escapeHtml(printed)}</pre>` : ""
  return htmlDocument(title, css, `<pre>${escapeHtml(lines.join("\n"))}</pre>${stamp}`)
}

export function textDocumentPdf(lines: string[], title: string): Promise<Buffer> {
  const width = 226.77 // 80 mm
  const margin = (width - TEXT_COLUMNS * 8 * 0.6) / 2
  const doc = new PDFDocument({ size: [width, 2 * margin + lines.length * 10], margins: { top: margin, left: margin, right: margin, bottom: 0 }, info: { Title: title } })
  lines.forEach((line, i) => doc.font("Courier").fontSize(8).text(winAnsi(line), margin, margin + i * 10, { lineBreak: false }))
  return toBuffer(doc)
}

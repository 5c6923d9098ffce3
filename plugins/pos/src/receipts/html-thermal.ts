import { barcodesHtml, escapeHtml, htmlDocument, paragraphsHtml } from "./html"
import type { ReceiptSections, Row, SectionLine } from "./sections"

// No page height: `size` cannot say "as long as the content", and a fixed one would feed blank
// paper. The roll printer's driver sets the length and cuts after the content.
const CSS = `
@page { margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; color: #000; background: #fff; }
body { font: 12px/1.35 "DejaVu Sans Mono", Menlo, Consolas, "Courier New", monospace; }
.receipt { width: 80mm; margin: 0 auto; padding: 4mm 4mm 6mm; }
h1 { font-size: 1.25em; margin: 0 0 1mm; }
p { margin: 0; }
.center { text-align: center; }
hr { border: 0; border-top: 1px dashed #000; margin: 2mm 0; }
.row { display: flex; justify-content: space-between; gap: 2mm; }
.row > span:last-child { text-align: right; }
.amounts .row > span:last-child { white-space: nowrap; }
.meta .row > span:last-child { overflow-wrap: anywhere; }
.strong { font-weight: bold; font-size: 1.15em; }
.detail { padding-left: 3mm; font-size: 0.92em; }
.line { margin-bottom: 1.5mm; break-inside: avoid; }
.line .title { font-weight: bold; overflow-wrap: anywhere; }
.notice { border: 2px solid #000; padding: 1.5mm; font-weight: bold; text-align: center; }
/* Thermal paper is black or white: the logo shows as it will print. */
.logo { display: block; margin: 0 auto 2mm; max-width: 60mm; max-height: 20mm; filter: grayscale(1) contrast(1.6); }
.barcode { margin: 3mm 0 0; text-align: center; }
.barcode svg { width: 60mm; height: 12mm; }
.barcode figcaption { font-size: 0.92em; }
`

const rowHtml = (row: Row) =>
  `<div class="row${row.style ? ` ${row.style}` : ""}"><span>${escapeHtml(row.label)}</span><span>${escapeHtml(row.value)}</span></div>`

const rowsHtml = (rows: Row[]) => rows.map(rowHtml).join("\n")

function lineHtml(line: SectionLine): string {
  const quantity = `${line.quantity} × ${line.unit_price}`
  // Without discounts the line total sits beside quantity × price; with them it closes the line.
  const amounts = line.discounts.length
    ? [{ label: quantity, value: "" }, ...line.discounts.map((row): Row => ({ ...row, style: "detail" })), { label: "", value: line.total }]
    : [{ label: quantity, value: line.total }]
  return `<div class="line">
<div class="title">${escapeHtml(line.title)}</div>
${paragraphsHtml(line.details, "detail")}
${rowsHtml(amounts)}
</div>`
}

export function thermalHtml(receipt: ReceiptSections): string {
  const [name, ...branch] = receipt.branch
  const body = `<main class="receipt">
<header class="center">
${receipt.logo_url ? `<img class="logo" src="${escapeHtml(receipt.logo_url)}" alt="">` : ""}
<h1>${escapeHtml(name)}</h1>
${paragraphsHtml(branch, "center")}
${paragraphsHtml(receipt.header, "center")}
</header>
<hr>
${receipt.notices.length ? `<section class="notice" role="note">\n${paragraphsHtml(receipt.notices)}\n</section>\n<hr>` : ""}
<section class="meta">
${rowsHtml(receipt.meta)}
</section>
<hr>
<section class="amounts">
${receipt.lines.map(lineHtml).join("\n")}
<hr>
${rowsHtml(receipt.summary)}
<hr>
${rowsHtml(receipt.payments)}
</section>
<hr>
${paragraphsHtml(receipt.footer, "center")}
${barcodesHtml(receipt)}
</main>`
  return htmlDocument(`Receipt ${receipt.receipt_number}`, CSS, body)
}

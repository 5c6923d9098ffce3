import { barcodesHtml, classAttr, escapeHtml, htmlDocument, paragraphsHtml } from "./html"
import type { ReceiptSections, Row, SectionLine } from "./sections"

const CSS = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
html, body { margin: 0; color: #111; background: #fff; }
body { font: 10.5pt/1.4 "Helvetica Neue", Arial, sans-serif; }
.invoice { max-width: 180mm; margin: 0 auto; }
header { display: flex; justify-content: space-between; gap: 10mm; margin-bottom: 6mm; }
.logo { display: block; max-width: 60mm; max-height: 22mm; margin-bottom: 3mm; }
h1 { font-size: 16pt; margin: 0 0 1mm; }
h2 { font-size: 14pt; margin: 0 0 1mm; text-transform: uppercase; letter-spacing: 0.05em; }
p { margin: 0; }
.document { text-align: right; }
.notice { border: 1.5pt solid #111; padding: 2mm 3mm; margin-bottom: 6mm; font-weight: bold; text-align: center; }
.meta { margin-bottom: 6mm; }
.meta th { text-align: left; font-weight: normal; color: #555; padding-right: 4mm; }
table { border-collapse: collapse; }
.items { width: 100%; margin-bottom: 5mm; }
.items thead { display: table-header-group; }
.items th { text-align: left; border-bottom: 1.5pt solid #111; padding: 1.5mm 2mm; }
.items td { vertical-align: top; border-bottom: 0.5pt solid #ccc; padding: 1.5mm 2mm; }
.items tr { break-inside: avoid; }
.items .num { text-align: right; white-space: nowrap; }
.items .title { font-weight: bold; }
.small { font-size: 9pt; color: #444; }
.totals { width: 90mm; margin: 0 0 5mm auto; break-inside: avoid; }
.totals td { padding: 0.8mm 2mm; }
.totals td:last-child { text-align: right; white-space: nowrap; }
.totals .strong td { font-weight: bold; font-size: 12pt; border-top: 1pt solid #111; border-bottom: 1pt solid #111; }
.totals .detail td { font-size: 9pt; color: #444; padding-left: 5mm; }
footer { margin-top: 8mm; text-align: center; font-size: 9pt; color: #444; break-inside: avoid; }
.barcode { margin: 4mm 0 0; }
.barcode svg { width: 60mm; height: 12mm; }
`

const totalsTable = (rows: Row[]) => `<table class="totals">
${rows.map((row) => `<tr${classAttr(row.style)}><td>${escapeHtml(row.label)}</td><td>${escapeHtml(row.value)}</td></tr>`).join("\n")}
</table>`

const lineRow = (line: SectionLine) => `<tr>
<td><div class="title">${escapeHtml(line.title)}</div>${paragraphsHtml(line.details, "small")}</td>
<td class="num">${escapeHtml(line.quantity)}</td>
<td class="num">${escapeHtml(line.unit_price)}</td>
<td>${line.discounts.map((row) => `<p class="small">${escapeHtml(row.label)} ${escapeHtml(row.value)}</p>`).join("")}</td>
<td class="num">${escapeHtml(line.total)}</td>
</tr>`

export function a4Html(receipt: ReceiptSections): string {
  const [name, ...branch] = receipt.branch
  const body = `<main class="invoice">
<header>
<div>
${receipt.logo_url ? `<img class="logo" src="${escapeHtml(receipt.logo_url)}" alt="">` : ""}
<h1>${escapeHtml(name)}</h1>
${paragraphsHtml(branch)}
${paragraphsHtml(receipt.header, "small")}
</div>
<div class="document">
<h2>Receipt</h2>
<p>${escapeHtml(receipt.receipt_number)}</p>
</div>
</header>
${receipt.notices.length ? `<section class="notice" role="note">\n${paragraphsHtml(receipt.notices)}\n</section>` : ""}
<table class="meta">
${receipt.meta.map((row) => `<tr><th>${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}</td></tr>`).join("\n")}
</table>
<table class="items">
<thead><tr><th>Item</th><th class="num">Qty</th><th class="num">Unit price</th><th>Discounts</th><th class="num">Amount</th></tr></thead>
<tbody>
${receipt.lines.map(lineRow).join("\n")}
</tbody>
</table>
${totalsTable(receipt.summary)}
${totalsTable(receipt.payments)}
<footer>
${paragraphsHtml(receipt.footer)}
${barcodesHtml(receipt)}
</footer>
</main>`
  return htmlDocument(`Receipt ${receipt.receipt_number}`, CSS, body)
}

import { barcodeSvg } from "./barcode"

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

/** Every string from ReceiptData passes through here: product titles and names are typed by users. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ENTITIES[char])

export const classAttr = (className?: string) => (className ? ` class="${className}"` : "")

export const paragraphsHtml = (texts: string[], className?: string) =>
  texts.map((text) => `<p${classAttr(className)}>${escapeHtml(text)}</p>`).join("\n")

/** A standalone document: inline CSS and SVG, nothing fetched, so it prints offline and in e-mail. */
export function htmlDocument(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
</body>
</html>
`
}

export const barcodeHtml = (value: string, caption = value) =>
  `<figure class="barcode">${barcodeSvg(value)}<figcaption>${escapeHtml(caption)}</figcaption></figure>`

/** The receipt number's barcode, then each plugin code's with its label. */
export const barcodesHtml = (receipt: { receipt_number: string; codes: { label: string; value: string }[] }) =>
  [barcodeHtml(receipt.receipt_number), ...receipt.codes.map((c) => barcodeHtml(c.value, `${c.label} ${c.value}`))].join("\n")

import { barcodePng } from "./barcode"
import { a4Pdf } from "./pdf-a4"
import { thermalPdf } from "./pdf-thermal"
import { receiptSections, type ReceiptSections } from "./sections"

/** A barcode as a PDF draws it: its image and the text printed under it. */
export type PdfBarcode = { image: Buffer; caption: string }
import type { ReceiptData } from "./types"

export type ReceiptLayout = "thermal" | "a4"

// pdfkit's built-in fonts are WinAnsi-encoded (Latin-1 plus these), with no "₱" among them.
// pdfkit prints any other character as a wrong glyph, so it becomes "?" instead.
const WIN_ANSI_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

const encodable = (char: string) => {
  const code = char.codePointAt(0) ?? 0
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(char)
}

export const winAnsi = (text: string) =>
  Array.from(text.replace(/₱\s?/g, "PHP "))
    .map((char) => (encodable(char) ? char : "?"))
    .join("")

/** Every string of the receipt (titles, labels, names, amounts) made printable in WinAnsi. */
const printable = (receipt: ReceiptSections): ReceiptSections =>
  JSON.parse(JSON.stringify(receipt), (_key, value) => (typeof value === "string" ? winAnsi(value) : value))

export function toBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
    doc.end()
  })
}

/**
 * `logo`: the logo's bytes (PNG or JPEG; core's `logoBytes`), drawn at the top when the receipt
 * has one. The caller reads them: rendering stays free of I/O.
 */
export async function renderReceiptPdf(data: ReceiptData, { layout, logo }: { layout: ReceiptLayout; logo?: Buffer | null }): Promise<Buffer> {
  // Amounts in currency codes ("PHP 1,299.50"): the fonts have no "₱" (nor most other symbols).
  const receipt = printable(receiptSections(data, "code"))
  // The receipt number's barcode first, then each plugin code's (a gift card's) with its label.
  const barcodes = await Promise.all(
    [{ value: data.receipt_number, caption: receipt.receipt_number }, ...receipt.codes.map((c, i) => ({ value: data.codes![i].value, caption: `${c.label} ${c.value}` }))].map(
      async ({ value, caption }) => ({ image: await barcodePng(value), caption })
    )
  )
  const info = { Title: `Receipt ${data.receipt_number}`, Author: data.branch.name }
  const image = data.logo && logo ? logo : null
  return toBuffer(layout === "thermal" ? thermalPdf(receipt, barcodes, info, image) : a4Pdf(receipt, barcodes, info, image))
}

import { a4Html } from "./html-a4"
import { thermalHtml } from "./html-thermal"
import type { ReceiptLayout } from "./pdf"
import { receiptSections } from "./sections"
import { thermalTextLines } from "./text"
import type { ReceiptData } from "./types"

export { renderReceiptPdf, type ReceiptLayout } from "./pdf"
export type { ReceiptData } from "./types"

/** A standalone, print-ready HTML document: an 80 mm roll or an A4 invoice. */
export function renderReceiptHtml(data: ReceiptData, { layout }: { layout: ReceiptLayout }): string {
  const receipt = receiptSections(data, "symbol")
  return layout === "thermal" ? thermalHtml(receipt) : a4Html(receipt)
}

/** Plain text, 42 columns like the thermal printer: the text part of a receipt e-mail. */
export function renderReceiptText(data: ReceiptData): string {
  return thermalTextLines(receiptSections(data, "symbol"))
    .map((line) => line.text)
    .join("\n")
}

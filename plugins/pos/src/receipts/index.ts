import { a4Html } from "./html-a4"
import { thermalHtml } from "./html-thermal"
import type { ReceiptLayout } from "./pdf"
import type { CurrencyDisplay } from "./format"
import { receiptSections } from "./sections"
import { thermalTextLines, type TextLine } from "./text"
import type { ReceiptData } from "./types"

export { renderReceiptPdf, type ReceiptLayout } from "./pdf"
export type { ReceiptData } from "./types"
export type { TextLine } from "./text"

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

/**
 * The thermal receipt's lines at another roll's width, for a printer fed text (ESC/POS): bold
 * where `strong`. Printers' code pages have no "₱", so `currency: "code"` prints "PHP 1,299.50".
 */
export function receiptTextLines(data: ReceiptData, { columns, currency = "code" }: { columns: number; currency?: CurrencyDisplay }): TextLine[] {
  return thermalTextLines(receiptSections(data, currency), columns)
}

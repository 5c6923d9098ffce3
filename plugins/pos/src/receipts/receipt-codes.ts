import type { LineNotesContext } from "./line-notes"

/** A code a receipt prints as a barcode at its foot, under the receipt number's: "Gift card", "ABCD-…". */
export type ReceiptCode = { label: string; value: string }
export type ReceiptCodes = (context: LineNotesContext) => Promise<ReceiptCode[]>

// On globalThis: a plugin may load its own copy of this module, and must still reach the POS's set.
const KEY = Symbol.for("kassa.pos.receipt-codes")
const registered = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Set()) as Set<ReceiptCodes>

/**
 * A plugin's codes on a sale's receipt, each printed as a CODE128 barcode with its label and value
 * (a gift card's code, so the card scans at the counter):
 *   defineReceiptCodes(async ({ container, order_id }) => cards.map((c) => ({ label: "Gift card", value: c.code })))
 */
export function defineReceiptCodes(fn: ReceiptCodes) {
  registered.add(fn)
  return fn
}

/** Every plugin's codes for a sale, in the order the plugins registered. */
export async function receiptCodes(context: LineNotesContext): Promise<ReceiptCode[]> {
  return (await Promise.all([...registered].map((fn) => fn(context)))).flat()
}

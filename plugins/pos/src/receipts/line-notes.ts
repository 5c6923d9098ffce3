import type { MedusaContainer } from "@medusajs/framework/types"

/** What a plugin is told about each receipt line; `line_id`: the counter ticket line it was sold from. */
export type NoteLine = { line_id: string | null; product_id: string | null; variant_id: string | null; sku: string | null; serial_numbers: string[] }
export type LineNotesContext = { container: MedusaContainer; order_id: string; stock_location_id: string }
/** Returns per line, in the lines' order, its note, several notes (one per printed row) or null. */
export type LineNotes = (lines: NoteLine[], context: LineNotesContext) => Promise<(string | string[] | null)[]>

// On globalThis: a plugin may load its own copy of this module, and must still reach the POS's set.
const KEY = Symbol.for("kassa.pos.receipt-line-notes")
const registered = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Set()) as Set<LineNotes>

/**
 *   defineReceiptLineNotes(async (lines, { container }) => lines.map((l) => l.serial_numbers.length ? "30-day repair" : null))
 */
export function defineReceiptLineNotes(fn: LineNotes) {
  registered.add(fn)
  return fn
}

/** Every plugin's notes, per line. */
export async function receiptLineNotes(lines: NoteLine[], context: LineNotesContext): Promise<string[][]> {
  const results = await Promise.all([...registered].map((fn) => fn(lines, context)))
  return lines.map((_, i) => results.flatMap((notes) => [notes[i] ?? []].flat()).filter((note): note is string => !!note))
}

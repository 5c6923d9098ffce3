import { DOCUMENT_COLUMNS } from "./document-ready"

/**
 * The 42-column plain-text slip's three shapes, shared by every plugin that lays one out (POS's
 * reports and refund receipts, claim and installment slips) so they print alike.
 */
export const slipRow = (label: string, value: string) => {
  const room = DOCUMENT_COLUMNS - value.length - 1
  return `${label.slice(0, room).padEnd(room)} ${value}`
}
export const slipRule = "-".repeat(DOCUMENT_COLUMNS)
export const slipCenter = (text: string) => " ".repeat(Math.max(0, Math.floor((DOCUMENT_COLUMNS - text.length) / 2))) + text

/** Free text (a reported fault, a note) broken into lines at word boundaries, a word longer than a line cut. */
export function slipWrap(text: string, width = DOCUMENT_COLUMNS): string[] {
  const lines: string[] = []
  let current = ""
  for (const word of text.split(/\s+/).filter(Boolean).flatMap((w) => w.match(new RegExp(`.{1,${width}}`, "g")) ?? [])) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current)
      current = word
    } else current = current ? `${current} ${word}` : word
  }
  return current ? [...lines, current] : lines
}

/** An exact decimal string with thousands separators, with the currency's code (a printer's code page has no ₱): "12345.50" → "PHP 12,345.50". */
export const slipMoney = (amount: string, currency = "PHP") =>
  `${currency.toUpperCase()} ${Number(amount) < 0 ? "-" : ""}${amount.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`

import type { ReceiptData, ReceiptTextLine } from "@kassa/pos/kit"

const plain = (text: string): ReceiptTextLine => ({ text, strong: false })

/** Words into lines of at most `width` characters; a word longer than a line is cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let current = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (Array.from(candidate).length <= width) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    const chars = Array.from(word)
    while (chars.length > width) lines.push(chars.splice(0, width).join(""))
    current = chars.join("")
  }
  return current ? [...lines, current] : lines
}

/**
 * A gift receipt at the roll's width: the branch, the receipt number and date, and each line
 * with its quantity — no prices, tenders or totals, so the present does not say what it cost.
 * The receipt number's barcode (printed under it) lets the recipient return or exchange it.
 */
export function giftReceiptLines(data: ReceiptData, columns: number): ReceiptTextLine[] {
  const centered = (text: string) => wrap(text, columns).map((line) => plain(" ".repeat(Math.floor((columns - Array.from(line).length) / 2)) + line))
  const rule = plain("-".repeat(columns))
  const issued = new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeStyle: "short", timeZone: data.branch.timezone }).format(new Date(data.issued_at))
  return [
    ...centered("GIFT RECEIPT").map((line) => ({ ...line, strong: true })),
    ...centered(data.branch.name),
    rule,
    plain(`Receipt no.: ${data.receipt_number}`),
    plain(`Date: ${issued}`),
    rule,
    ...data.lines.flatMap((line) => {
      const quantity = `Qty ${line.quantity}`
      const [first = "", ...rest] = wrap(line.title, columns - quantity.length - 1)
      return [
        plain(first + " ".repeat(Math.max(columns - Array.from(first).length - quantity.length, 1)) + quantity),
        ...rest.map(plain),
        ...(line.variant_title ? wrap(line.variant_title, columns - 2).map((t) => plain(`  ${t}`)) : []),
      ]
    }),
    rule,
    ...centered("Keep this receipt to exchange or return the items."),
    ...(data.branch.footer ? data.branch.footer.split("\n").flatMap(centered) : []),
  ]
}

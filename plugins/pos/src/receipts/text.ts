import type { ReceiptSections, Row, SectionLine } from "./sections"

/** Characters per line of an 80 mm thermal printer in its standard font. */
export const TEXT_COLUMNS = 42

export type TextLine = { text: string; strong: boolean }

// Code points, not UTF-16 units, so "₱" and accented names count as one column.
const widthOf = (text: string) => Array.from(text).length

function wrap(text: string, maxWidth: number): string[] {
  const width = Math.max(maxWidth, 1)
  const lines: string[] = []
  let current = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word
    if (widthOf(candidate) <= width) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    // A word wider than the line (a long SKU or e-mail) is cut, never allowed to overflow.
    const chars = Array.from(word)
    while (chars.length > width) lines.push(chars.splice(0, width).join(""))
    current = chars.join("")
  }
  return current ? [...lines, current] : lines
}

const plain = (text: string): TextLine => ({ text, strong: false })

/** The receipt's lines at a roll's width (`columns` characters: 42 here, 32 or 48 on other printers). */
function layoutAt(columns: number) {
  const centered = (text: string) =>
    wrap(text, columns).map((line) => plain(" ".repeat(Math.floor((columns - widthOf(line)) / 2)) + line))

  const indented = (text: string, indent: number) => wrap(text, columns - indent).map((line) => plain(" ".repeat(indent) + line))

  /** Label on the left (wrapped if long), value right-aligned on the label's first line. */
  function amountRow(label: string, value: string, indent: number, strong = false): TextLine[] {
    const room = columns - indent - widthOf(value) - 1
    const [first = "", ...rest] = wrap(label, room)
    const gap = " ".repeat(Math.max(columns - indent - widthOf(first) - widthOf(value), 0))
    return [
      { text: (" ".repeat(indent) + first + gap + value).trimEnd(), strong },
      ...rest.map((line) => ({ text: " ".repeat(indent) + line, strong })),
    ]
  }

  const rowLines = (row: Row) =>
    row.style === "strong"
      ? amountRow(row.label.toUpperCase(), row.value, 0, true)
      : amountRow(row.label, row.value, row.style === "detail" ? 2 : 0)

  function itemLines(line: SectionLine): TextLine[] {
    const quantity = `${line.quantity} × ${line.unit_price}`
    return [
      ...indented(line.title, 0),
      ...line.details.flatMap((detail) => indented(detail, 2)),
      // Without discounts the line total sits beside quantity × price; with them it closes the line.
      ...(line.discounts.length
        ? [
            ...amountRow(quantity, "", 2),
            ...line.discounts.flatMap((row) => amountRow(row.label, row.value, 4)),
            ...amountRow("", line.total, 0),
          ]
        : amountRow(quantity, line.total, 2)),
    ]
  }

  return { centered, indented, rowLines, itemLines, rule: [plain("-".repeat(columns))] }
}

/** The receipt as a thermal printer prints it: also the thermal PDF's content. */
export function thermalTextLines(receipt: ReceiptSections, columns = TEXT_COLUMNS): TextLine[] {
  const { centered, indented, rowLines, itemLines, rule } = layoutAt(columns)
  return [
    ...receipt.branch.flatMap(centered),
    ...receipt.header.flatMap(centered),
    ...rule,
    ...(receipt.notices.length ? [...receipt.notices.flatMap(centered).map((line) => ({ ...line, strong: true })), ...rule] : []),
    ...receipt.meta.flatMap((row) => indented(`${row.label}: ${row.value}`, 0)),
    ...rule,
    ...receipt.lines.flatMap(itemLines),
    ...rule,
    ...receipt.summary.flatMap(rowLines),
    ...rule,
    ...receipt.payments.flatMap(rowLines),
    ...rule,
    ...receipt.footer.flatMap(centered),
  ]
}

/**
 * The card-number (PAN) detector every Kassa plugin uses: validators refuse free text that holds
 * one, and the audit capture masks what still gets through (its SQL twin is card-number-sql.ts;
 * both follow the rule below and are tested against the same numbers).
 *
 * The rule: digits written in groups joined by spaces, dashes or dots (up to three of them between
 * groups, so "4111 1111 1111 1111", "4111-1111-1111-1111" and "4111.1111.1111.1111" all count),
 * where some whole groups in a row make a number that
 * - has a card network's length and first digits: 16–19 digits starting 2–6 (Visa, Mastercard,
 *   Discover, JCB, UnionPay, Maestro), 15 starting 34 or 37 (Amex), 14 starting 30, 36, 38 or 39
 *   (Diners), and
 * - passes the Luhn check.
 * The network prefixes keep IMEIs (15 digits, Luhn, on most phones' warranty claims) and EAN-13
 * barcodes (Philippine 480…) from being taken for cards; 13-digit Visa numbers, no longer issued,
 * look like barcodes and are not detected. A run of more than 19 digits with no separator is not a
 * card number as written. Text is NFKC-normalized first, so full-width digits count too.
 */
const RUN = /\d+(?:[ .-]{1,3}\d+)*/g
const GROUP = /\d+/g

export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

export function isCardNumber(digits: string): boolean {
  const n = digits.length
  const fits =
    (n >= 16 && n <= 19 && /^[2-6]/.test(digits)) || (n === 15 && /^3[47]/.test(digits)) || (n === 14 && /^3[0689]/.test(digits))
  return fits && passesLuhn(digits)
}

type Span = { start: number; end: number }

/** Where card numbers are in `text` (already normalized): from a group's first digit to a group's last. */
function cardSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const run of text.matchAll(RUN)) {
    const groups = [...run[0].matchAll(GROUP)].map((g) => ({ digits: g[0], start: run.index! + g.index!, end: run.index! + g.index! + g[0].length }))
    for (let i = 0; i < groups.length; i++) {
      let digits = ""
      for (let j = i; j < groups.length && digits.length + groups[j].digits.length <= 19; j++) {
        digits += groups[j].digits
        if (isCardNumber(digits)) {
          spans.push({ start: groups[i].start, end: groups[j].end })
          i = j
          break
        }
      }
    }
  }
  return spans
}

/** The card number in `text`, masked but for its last four digits, or null when there is none. */
export function findCardNumber(text: string): string | null {
  const normalized = text.normalize("NFKC")
  const [span] = cardSpans(normalized)
  return span ? maskSpan(normalized.slice(span.start, span.end)) : null
}

/** `text` with every card number masked but for its last four digits ("**** **** **** 1111"). */
export function maskCardNumbers(text: string): string {
  const normalized = text.normalize("NFKC")
  const spans = cardSpans(normalized)
  if (!spans.length) return text
  let out = ""
  let at = 0
  for (const s of spans) {
    out += normalized.slice(at, s.start) + maskSpan(normalized.slice(s.start, s.end))
    at = s.end
  }
  return out + normalized.slice(at)
}

function maskSpan(span: string): string {
  let keep = 4
  let out = ""
  for (let i = span.length - 1; i >= 0; i--) {
    const ch = span[i]
    const digit = ch >= "0" && ch <= "9"
    out = (digit && keep-- <= 0 ? "*" : ch) + out
  }
  return out
}

/** The first card number in any string, number or key inside `value` (a JSON body), masked; or null. */
export function findCardNumberIn(value: unknown): string | null {
  if (typeof value === "string") return findCardNumber(value)
  if (typeof value === "number" || typeof value === "bigint") return findCardNumber(String(value))
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findCardNumberIn(v)
      if (found) return found
    }
    return null
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findCardNumber(k) ?? findCardNumberIn(v)
      if (found) return found
    }
  }
  return null
}

export const CARD_NUMBER_REFUSED =
  "looks like a payment card number (it passes the card check digit): Kassa never stores card numbers; record only the last four digits, the reference and the approval code"

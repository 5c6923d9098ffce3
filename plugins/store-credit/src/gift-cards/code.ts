import { randomInt } from "node:crypto"

/** Crockford's base 32: no I, L, O or U, so a code read aloud or off a worn card is not mistaken. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
const RANDOM_CHARS = 16

/**
 * The Luhn mod 32 check character of `body`: it catches any one character mistyped and any two
 * neighbours swapped (but 0 and Z), so a typo is told apart from a code that does not exist.
 */
function checkCharacter(body: string): string {
  let sum = 0
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let value = ALPHABET.indexOf(body[i]) * (double ? 2 : 1)
    value = Math.floor(value / 32) + (value % 32)
    sum += value
  }
  return ALPHABET[(32 - (sum % 32)) % 32]
}

/** A new gift card code: 16 random characters (80 bits, from the OS's CSPRNG) and the check character. */
export function newGiftCardCode(): string {
  let body = ""
  for (let i = 0; i < RANDOM_CHARS; i++) body += ALPHABET[randomInt(32)]
  return body + checkCharacter(body)
}

/** A code as typed or scanned, made canonical: upper case, no spaces or dashes, O read as 0 and I or L as 1. */
export const normalizeGiftCardCode = (typed: string) =>
  typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1")

/** Whether a canonical code is one this store could have issued (length, alphabet, check character). */
export function isGiftCardCode(code: string): boolean {
  if (code.length !== RANDOM_CHARS + 1 || [...code].some((c) => !ALPHABET.includes(c))) return false
  return checkCharacter(code.slice(0, -1)) === code.at(-1)
}

/** How a receipt prints a code: groups of four, the check character on the last ("ABCD-EFGH-JKMN-PQRS-T"). */
export const formatGiftCardCode = (code: string) => code.match(/.{1,4}/g)!.join("-")

/** How lists show a code to staff who need not see it whole: its last five characters. */
export const maskGiftCardCode = (code: string) => `••••-${code.slice(-5, -1)}-${code.slice(-1)}`

import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * The countries whose national spellings Kassa reads: calling code, trunk prefix (the leading 0
 * people type at home) and how many digits follow the calling code. Another country joins with
 * one row; a number written with `+` and its calling code is read whatever its country.
 * (libphonenumber-js is not in the registry this project installs from: this covers what the
 * counter types, not every numbering plan in the world.)
 */
const COUNTRIES = {
  // Mobile: 9 and nine digits; landline: an area code (2 for Metro Manila) and 9 digits in all.
  PH: { code: "63", trunk: "0", national: /^(9\d{9}|[2-8]\d{8})$/ },
} as const

export type PhoneCountry = keyof typeof COUNTRIES

const garbage = (raw: string, why: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `"${raw.slice(0, 40)}" is not a phone number: ${why} (write it like 0917 123 4567 or +63 917 123 4567)`)

/**
 * A phone number as typed (`0917 123 4567`, `09171234567`, `+63 917 123 4567`, `639171234567`,
 * `0063…`) in E.164 (`+639171234567`), the one spelling Kassa stores and looks up. Spaces,
 * dashes, dots and brackets are dropped; anything else that is not a digit is refused with a
 * 400, as is a number of the wrong length.
 */
export function normalizePhone(raw: string, defaultCountry: PhoneCountry = "PH"): string {
  const text = String(raw ?? "").trim()
  const compact = text.replace(/[\s().\-/]/g, "")
  if (!compact) throw garbage(text, "it is empty")
  const international = compact.startsWith("+") || compact.startsWith("00")
  const digits = compact.replace(/^(\+|00)/, "")
  if (!/^\d+$/.test(digits)) throw garbage(text, "only digits, spaces, dashes and a leading + may be used")
  const home = COUNTRIES[defaultCountry]
  if (international) {
    if (digits.startsWith(home.code)) return national(text, digits.slice(home.code.length), home)
    // Another country's number, written with its calling code: E.164 allows 8 to 15 digits.
    if (digits.length < 8 || digits.length > 15 || digits.startsWith("0")) throw garbage(text, "an international number has 8 to 15 digits after the +")
    return `+${digits}`
  }
  if (digits.startsWith(home.trunk)) return national(text, digits.slice(home.trunk.length), home)
  // The calling code without its +, as people copy it from a contact card (639171234567).
  if (digits.startsWith(home.code) && home.national.test(digits.slice(home.code.length))) {
    return national(text, digits.slice(home.code.length), home)
  }
  return national(text, digits, home)
}

function national(text: string, rest: string, country: (typeof COUNTRIES)[PhoneCountry]) {
  if (!country.national.test(rest)) throw garbage(text, "it has the wrong number of digits")
  return `+${country.code}${rest}`
}

/** The phone in E.164, or null when it cannot be read as one (old records; Medusa's own forms). */
export function normalizedOrNull(raw: string | null | undefined, defaultCountry: PhoneCountry = "PH"): string | null {
  if (!raw) return null
  try {
    return normalizePhone(raw, defaultCountry)
  } catch {
    return null
  }
}

/** A phone field of a validator: read as `normalizePhone` reads it, a 400 with its message otherwise. */
export const phoneNumber = (defaultCountry: PhoneCountry = "PH") =>
  z
    .string({ error: "must be a phone number" })
    .max(40, "must be at most 40 characters")
    .transform((value, ctx) => {
      try {
        return normalizePhone(value, defaultCountry)
      } catch (e) {
        ctx.addIssue({ code: "custom", message: (e as Error).message })
        return z.NEVER
      }
    })

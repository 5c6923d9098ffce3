import { ean13 } from "@kassa/core/kit"

/**
 * How the store numbers its own EAN-13s: the GS1 company prefix it was given (the demo's "480",
 * GS1 Philippines' country range), else "2" — GS1's restricted-circulation range, for codes
 * that only mean something inside this store. A counter fills the digits between the prefix and
 * the check digit, so a 3-digit prefix leaves 9 digits: 999,999,999 codes.
 */
export const INTERNAL_PREFIX = "2"

export type BarcodeNumbering = {
  /** The GS1 company prefix, digits only; null: internal codes. */
  gs1_prefix: string | null
  /** New variants without a barcode get one (off: the store enters its own). */
  assign_on_create: boolean
}

export const DEFAULT_NUMBERING: BarcodeNumbering = { gs1_prefix: null, assign_on_create: true }

/** A GS1 company prefix is 3 to 11 digits (the longest leaves one counter digit). */
export const GS1_PREFIX = /^\d{3,11}$/

export const prefixOf = (numbering: Pick<BarcodeNumbering, "gs1_prefix">) => numbering.gs1_prefix ?? INTERNAL_PREFIX

/** How many numbers the prefix leaves room for (the counter starts at 1). */
export const capacityOf = (prefix: string) => 10 ** (12 - prefix.length) - 1

/** The code for the prefix's `n`th number: prefix, zero-padded counter, check digit. */
export function codeAt(prefix: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > capacityOf(prefix)) {
    throw new Error(`The barcode numbers of prefix ${prefix} are used up (${capacityOf(prefix).toLocaleString("en")} codes)`)
  }
  return ean13(prefix + String(n).padStart(12 - prefix.length, "0"))
}

/** The codes for numbers first..last, in order. */
export const codesBetween = (prefix: string, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => codeAt(prefix, first + i))

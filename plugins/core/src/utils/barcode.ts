/**
 * GTIN (EAN-13, UPC-A, EAN-8) check digits: weights 3 and 1 alternate from the right,
 * starting with 3 on the digit next to the check digit.
 */
export function gtinCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`A GTIN body has digits only, got "${body}"`)
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48
    sum += digit * (i % 2 === 0 ? 3 : 1)
  }
  return (10 - (sum % 10)) % 10
}

/** An EAN-13 from its first twelve digits. */
export function ean13(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new Error(`An EAN-13 needs 12 digits before its check digit, got "${first12}"`)
  return first12 + gtinCheckDigit(first12)
}

/** True for an 8, 12, 13 or 14 digit GTIN whose check digit is right. */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false
  return gtinCheckDigit(code.slice(0, -1)) === Number(code[code.length - 1])
}

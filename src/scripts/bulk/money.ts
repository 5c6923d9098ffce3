/**
 * Money in the bulk seeder is integer centavos (exact in a JS number up to ₱90 trillion);
 * Medusa's bigNumber columns get decimal strings made from them, never a float.
 */

/** "34990", "1290.5", "12.345" → centavos, rounding a third decimal half up (PHP has two). */
export function toCentavos(amount: string): number {
  const match = /^(\d+)(?:\.(\d*))?$/.exec(amount.trim())
  if (!match) throw new Error(`Not a non-negative decimal amount: "${amount}"`)
  const [, whole, fraction = ""] = match
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2))
  return fraction.length > 2 && Number(fraction[2]) >= 5 ? cents + 1 : cents
}

/** Centavos → the shortest decimal string, as Medusa writes it ("34990", "1290.5", "0.05"). */
export function fromCentavos(centavos: number): string {
  const whole = Math.floor(centavos / 100)
  const cents = centavos % 100
  if (cents === 0) return String(whole)
  return `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}`
}

/**
 * The VAT inside a tax-inclusive line total, in centavos: total − total / 1.12, rounded half up
 * per line. Medusa stores only the 12 % rate on each line and computes the tax unrounded when it
 * reads the order; rounding it per line like this gives the VAT a receipt or report shows, and an
 * order's VAT is the sum of its lines' VAT.
 */
export function vatCentavos(lineTotalCentavos: number, ratePercent = 12): number {
  return Math.floor((lineTotalCentavos * ratePercent * 2 + (100 + ratePercent)) / (2 * (100 + ratePercent)))
}

/** Centavos → "₱1,234,567.50" for messages. */
export function formatPeso(centavos: number): string {
  return `₱${Math.floor(centavos / 100).toLocaleString("en-US")}.${String(centavos % 100).padStart(2, "0")}`
}

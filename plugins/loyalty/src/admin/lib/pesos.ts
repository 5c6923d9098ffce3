/**
 * Peso amounts as staff type and read them, and the centavos the API keeps. Parsed from the
 * decimal string digit by digit (never through a float): "0.50" is 50, "1,299.5" is 129950.
 */
const PESOS = /^\s*₱?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*$/

/** Centavos from a typed peso amount; null when it is not one (letters, a sign, more than two decimals). */
export function pesosToCentavos(text: string): number | null {
  const m = PESOS.exec(text)
  if (!m) return null
  const centavos = Number(m[1].replace(/,/g, "")) * 100 + Number((m[2] ?? "").padEnd(2, "0"))
  return Number.isSafeInteger(centavos) ? centavos : null
}

/** A whole number of centavos as the peso amount typed back: 50 → "0.50", 10000 → "100.00". */
export const centavosToPesos = (centavos: number) => `${Math.floor(centavos / 100)}.${String(centavos % 100).padStart(2, "0")}`

/**
 * Markup arithmetic, exact: every amount is an integer of the currency's minor unit (BigInt),
 * every rate a decimal string scaled to an integer, and a price is rounded once, at the end.
 * No floats: 1,299.00 is 129900n centavos.
 */

export const ROUNDINGS = ["none", "peso", "half", "nine", "five"] as const
export type Rounding = (typeof ROUNDINGS)[number]
export type MarkupKind = "percent" | "fixed"

/** Rates (markup %, VAT %) carry at most this many decimals. */
export const RATE_DECIMALS = 4
const RATE_SCALE = 10n ** BigInt(RATE_DECIMALS)
const HUNDRED = 100n * RATE_SCALE

/** "35.5" (or 35.5) with `digits` decimals allowed → 3550n when digits = 2; throws on more decimals. */
export function toScaled(value: string | number, digits: number): bigint {
  const text = typeof value === "number" ? numberText(value) : value.trim()
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) throw new Error(`"${value}" is not a decimal number`)
  const [, minus, whole, fraction = ""] = match
  if (fraction.replace(/0+$/, "").length > digits) throw new Error(`"${value}" has more than ${digits} decimals`)
  const scaled = BigInt(whole + fraction.padEnd(digits, "0").slice(0, digits))
  return minus ? -scaled : scaled
}

/** A number as plain decimal text (no exponent), as Medusa returns amounts. */
function numberText(n: number) {
  if (!Number.isFinite(n)) throw new Error(`${n} is not a finite number`)
  return Math.abs(n) < 1e21 && !/e/i.test(String(n)) ? String(n) : n.toFixed(20)
}

/** Minor units back to a decimal string in major units: 129900n, 2 → "1299". */
export function fromMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n
  const abs = negative ? -minor : minor
  const scale = 10n ** BigInt(digits)
  const whole = abs / scale
  const fraction = (abs % scale).toString().padStart(digits, "0").replace(/0+$/, "")
  return `${negative ? "-" : ""}${whole}${fraction ? "." + fraction : ""}`
}

/** floor(a / b) for b > 0, also when a is negative (BigInt division truncates toward zero). */
const floorDiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b))

/**
 * The price nearest to num/den (minor units, a rational) that `rounding` allows; ties go up.
 *  - none: the nearest minor unit (centavo);
 *  - peso: a whole unit (1,234.50 → 1,235);
 *  - half: .00 or .50 (1,234.26 → 1,234.50); currencies without a minor unit round as peso;
 *  - nine: a whole unit whose last digit is 9 — the nearest such, never below 9
 *    (1,295 → 1,299; 1,293 → 1,289; 1,294 → 1,299 (tie, goes up); 1,300 → 1,299; 3 → 9);
 *  - five: a multiple of 5 units (1,232 → 1,230; 1,232.50 → 1,235).
 */
export function roundPrice(num: bigint, den: bigint, rounding: Rounding, digits: number): bigint {
  const unit = 10n ** BigInt(digits)
  const [step, offset] = (
    {
      none: [1n, 0n],
      peso: [unit, 0n],
      half: [digits > 0 ? unit / 2n : 1n, 0n],
      nine: [10n * unit, 9n * unit],
      five: [5n * unit, 0n],
    } as const
  )[rounding]
  // k = floor((x - offset) / step + 1/2), all over den: the nearest k·step + offset, ties up.
  let k = floorDiv(2n * (num - offset * den) + step * den, 2n * step * den)
  if (k < 0n) k = 0n
  return k * step + offset
}

export type MarkupRuleLike = { kind: MarkupKind; value: string; rounding: Rounding }

/**
 * The selling price of a cost under a rule: cost × (1 + markup%) or cost + fixed, then × (1 + VAT)
 * when the store's prices include tax (vatPercent "12"; "0" when they do not), rounded once.
 * `costMinor` and the result are in minor units.
 */
export function priceFromCost(costMinor: bigint, rule: MarkupRuleLike, vatPercent: string, digits: number): bigint {
  const vat = toScaled(vatPercent, RATE_DECIMALS)
  let num: bigint
  let den: bigint
  if (rule.kind === "percent") {
    num = costMinor * (HUNDRED + toScaled(rule.value, RATE_DECIMALS))
    den = HUNDRED
  } else {
    num = costMinor + toScaled(rule.value, digits)
    den = 1n
  }
  return roundPrice(num * (HUNDRED + vat), den * HUNDRED, rule.rounding, digits)
}

/** Digits after the decimal point that a currency's minor unit allows (PHP 2, JPY 0). */
export const currencyDigits = (currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2

/** The price of a cost in major units (numbers as Medusa stores them, decimal strings in and out). */
export function markupPrice(cost: string | number, rule: MarkupRuleLike, vatPercent: string, currency: string): string {
  const digits = currencyDigits(currency)
  return fromMinor(priceFromCost(toScaled(cost, digits), rule, vatPercent, digits), digits)
}

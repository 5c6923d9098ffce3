/**
 * The programme's arithmetic, pure so its edges are tested without a database. Every amount is an
 * integer number of centavos and every rate a whole percent: BigInt division rounds exactly.
 */
export type Rounding = "down" | "nearest" | "up"

export type EarnRules = {
  spend_per_point: number
  rounding: Rounding
  earn_on_tax: boolean
  non_earning_tenders: string[]
}

/** n / d rounded by the rule (n ≥ 0, d > 0). */
export function divide(n: bigint, d: bigint, rounding: Rounding): number {
  const q = n / d
  const r = n % d
  if (r === 0n || rounding === "down") return Number(q)
  if (rounding === "up") return Number(q + 1n)
  return Number(r * 2n >= d ? q + 1n : q)
}

/**
 * What a sale earns on: the amount paid through earning tenders (less change), never more than
 * the total; without VAT (earn_on_tax false) only its net share, rounded down. `paid`: one row per
 * tender, centavos.
 */
export function earningBase(
  sale: { total: number; tax_total: number; paid: { method: string; amount: number }[] },
  rules: Pick<EarnRules, "earn_on_tax" | "non_earning_tenders">
): number {
  if (sale.total <= 0) return 0
  const earning = sale.paid.filter((p) => !rules.non_earning_tenders.includes(p.method)).reduce((a, p) => a + p.amount, 0)
  const base = Math.max(0, Math.min(earning, sale.total))
  if (rules.earn_on_tax) return base
  return divide(BigInt(base) * BigInt(sale.total - sale.tax_total), BigInt(sale.total), "down")
}

/** Points for `base` centavos at the tier's multiplier (percent): base × multiplier / (spend_per_point × 100), rounded by the rule. */
export function pointsFor(base: number, multiplierPercent: number, rules: Pick<EarnRules, "spend_per_point" | "rounding">): number {
  if (base <= 0) return 0
  return divide(BigInt(base) * BigInt(multiplierPercent), BigInt(rules.spend_per_point) * 100n, rules.rounding)
}

/** The tier a qualifying figure reaches: the one with the highest threshold at or below it. */
export function tierFor<T extends { threshold: number }>(qualifying: number, tiers: T[]): T | null {
  return [...tiers].sort((a, b) => b.threshold - a.threshold).find((t) => qualifying >= t.threshold) ?? null
}

/**
 * Points to take back for a return: the sale's earning in proportion to what came back,
 * counted over every return of the sale so far (so three returns of a third each take back
 * exactly the whole earning, not three rounded thirds), less what earlier returns took.
 */
export function takeBackFor(input: { earned: number; sale_total: number; returned_total: number; taken_before: number }): number {
  if (input.sale_total <= 0 || input.earned <= 0) return 0
  const returned = Math.min(input.returned_total, input.sale_total)
  const due = divide(BigInt(input.earned) * BigInt(returned), BigInt(input.sale_total), "nearest")
  return Math.max(0, due - input.taken_before)
}

/** The most points a sale of `total` centavos may be paid with (max_redeem_percent of it, at point_value each). */
export function maxRedeemablePoints(total: number, rules: { point_value: number; max_redeem_percent: number }): number {
  if (total <= 0) return 0
  return divide(BigInt(total) * BigInt(rules.max_redeem_percent), BigInt(rules.point_value) * 100n, "down")
}

export function monthsAfter(from: Date, months: number): Date {
  const at = new Date(from)
  at.setUTCMonth(at.getUTCMonth() + months)
  return at
}

/** One entry as the lots replay needs it. */
export type LotEntry = { id: string; type: "earn" | "redeem" | "expire" | "adjust" | "reverse"; points: number; source_id: string | null; expires_at: Date | null }
export type Lot = { id: string; remaining: number; expires_at: Date | null }

/**
 * Replays a member's entries into lots: every addition is a lot (with an earning's expiry), every
 * deduction takes from the lot expiring first (no expiry last), an expiry from the lot it names.
 * What is left of a lot whose expiry has come is what the expiry job writes off.
 */
export function replay(entries: LotEntry[]): { balance: number; lots: Lot[] } {
  const lots: Lot[] = []
  let balance = 0
  for (const e of entries) {
    balance += e.points
    if (e.points > 0) {
      lots.push({ id: e.id, remaining: e.points, expires_at: e.expires_at })
      continue
    }
    let left = -e.points
    if (e.type === "expire" && e.source_id) {
      const lot = lots.find((l) => l.id === e.source_id)
      if (lot) {
        const take = Math.min(lot.remaining, left)
        lot.remaining -= take
        left -= take
      }
    }
    const order = lots
      .filter((l) => l.remaining > 0)
      .sort((a, b) => (a.expires_at?.getTime() ?? Infinity) - (b.expires_at?.getTime() ?? Infinity))
    for (const lot of order) {
      if (left <= 0) break
      const take = Math.min(lot.remaining, left)
      lot.remaining -= take
      left -= take
    }
  }
  return { balance, lots: lots.filter((l) => l.remaining > 0) }
}

export const lapsedLots = (lots: Lot[], now: Date) => lots.filter((l) => l.expires_at && l.expires_at <= now)

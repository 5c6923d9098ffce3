/**
 * The lots of an account: each credit is a lot with its own expiry. Replaying the ledger in
 * sequence tells what is left of each lot, so that spending takes the earliest-expiring credit
 * first, an expiry takes exactly what is left of its credit, and a reversed debit gives back to
 * the lots it took from. No allocation is stored: the replay is deterministic.
 */
export type Entry = {
  id: string
  sequence: number
  type: "credit" | "debit" | "expiry" | "reversal"
  /** Signed centavos. */
  amount: number
  expires_at: Date | null
  source_id: string | null
}

export type Lot = { id: string; sequence: number; expires_at: Date | null; amount: number; remaining: number }

export type Replayed = {
  lots: Lot[]
  /** Debit id → the lots it took from and how much. */
  taken: Map<string, { lot: string; amount: number }[]>
  /** Ids of entries that have been reversed. */
  reversed: Set<string>
  balance: number
}

/** Spending order: the lot expiring first, then the older; lots that never expire last. */
const spendOrder = (a: Lot, b: Lot) =>
  (a.expires_at?.getTime() ?? Infinity) - (b.expires_at?.getTime() ?? Infinity) || a.sequence - b.sequence

export function replay(entries: Entry[]): Replayed {
  const lots = new Map<string, Lot>()
  const taken = new Map<string, { lot: string; amount: number }[]>()
  const reversed = new Set<string>()
  const types = new Map(entries.map((e) => [e.id, e.type]))
  let balance = 0
  for (const e of [...entries].sort((a, b) => a.sequence - b.sequence)) {
    balance += e.amount
    if (e.type === "credit") {
      lots.set(e.id, { id: e.id, sequence: e.sequence, expires_at: e.expires_at, amount: e.amount, remaining: e.amount })
    } else if (e.type === "debit") {
      let due = -e.amount
      const parts: { lot: string; amount: number }[] = []
      for (const lot of [...lots.values()].filter((l) => l.remaining > 0).sort(spendOrder)) {
        if (!due) break
        const part = Math.min(due, lot.remaining)
        lot.remaining -= part
        due -= part
        parts.push({ lot: lot.id, amount: part })
      }
      taken.set(e.id, parts)
    } else if (e.type === "expiry") {
      const lot = e.source_id ? lots.get(e.source_id) : undefined
      if (lot) lot.remaining += e.amount
    } else if (e.type === "reversal" && e.source_id) {
      reversed.add(e.source_id)
      if (types.get(e.source_id) === "debit") {
        for (const part of taken.get(e.source_id) ?? []) lots.get(part.lot)!.remaining += part.amount
      } else {
        const lot = lots.get(e.source_id)
        if (lot) lot.remaining += e.amount
      }
    }
  }
  return { lots: [...lots.values()], taken, reversed, balance }
}

/** Lots with something left whose expiry has come by `now`. */
export const lapsed = (lots: Lot[], now: Date) => lots.filter((l) => l.remaining > 0 && l.expires_at && l.expires_at.getTime() <= now.getTime())

/** The earliest expiry among lots with something left (what the counter shows), or null. */
export const earliestExpiry = (lots: Lot[]) =>
  lots
    .filter((l) => l.remaining > 0 && l.expires_at)
    .map((l) => l.expires_at!)
    .sort((a, b) => a.getTime() - b.getTime())[0] ?? null

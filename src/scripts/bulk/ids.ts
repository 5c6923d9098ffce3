import { randomBytes } from "node:crypto"

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * Prefixed ULIDs as Medusa's generateEntityId makes them (`order_01J…`), but ~100× faster:
 * `ulid()` draws crypto randomness one character at a time, which alone would take minutes
 * for the millions of ids a bulk run needs. The time part is the sale's own created_at, so ids
 * sort like the sales; the 80 random bits come from a pooled crypto buffer.
 */
export function createIdFactory() {
  let pool = randomBytes(1 << 16)
  let at = 0

  /** The ten time characters of a ULID for a moment (computed once per sale, shared by its rows). */
  const timePart = (ms: number) => {
    let out = ""
    for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) out = CROCKFORD[t % 32] + out
    return out
  }

  const id = (prefix: string, time: string) => {
    if (at + 16 > pool.length) {
      pool = randomBytes(1 << 16)
      at = 0
    }
    let random = ""
    // 256 is a multiple of 32, so the low five bits of a random byte are uniform.
    for (let i = 0; i < 16; i++) random += CROCKFORD[pool[at++] & 31]
    return `${prefix}_${time}${random}`
  }

  return { timePart, id }
}

export type BulkOptions = {
  /** Order lines to write (orders have 1–5 lines, so about a third as many orders). */
  lines: number
  /** Sales are spread over this many days before today. */
  days: number
  /** Seed of the PRNG: the same seed gives the same baskets, branches, customers and times of day. */
  seed: number
}

/**
 * `medusa exec` accepts only positional script arguments (its strict parser rejects `--lines`,
 * and drops whatever follows `--`), so the command line form is `lines=10000`.
 */
export const BULK_USAGE = "arguments: [lines=N (1000000)] [days=D (365)] [seed=S (random, printed)]"

const NAMES = ["lines", "days", "seed"] as const

/** Parses script arguments: `lines=5000`, or `--lines=5000` / `--lines 5000` when called directly. */
export function parseBulkArgs(args: string[] = []): BulkOptions {
  const options: BulkOptions = { lines: 1_000_000, days: 365, seed: Math.floor(Math.random() * 2 ** 32) }
  for (let i = 0; i < args.length; i++) {
    const [key, inline] = args[i].split("=", 2)
    const name = NAMES.find((n) => key === n || key === `--${n}`)
    if (!name || (inline === undefined && key === name)) throw new Error(`Unknown argument "${args[i]}"; ${BULK_USAGE}`)
    const raw = inline ?? args[++i] ?? ""
    const value = Number(raw)
    const max = name === "seed" ? 2 ** 32 - 1 : 100_000_000
    if (!/^\d+$/.test(raw) || value > max || (name !== "seed" && value < 1)) {
      throw new Error(`${name} needs a whole number${name === "seed" ? "" : " ≥ 1"} up to ${max}, got "${raw}"; ${BULK_USAGE}`)
    }
    options[name] = value
  }
  return options
}

import { randomUUID } from "node:crypto"
import { hostname } from "node:os"

const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for("kassa.work.lease")] ??= {
  instance: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
  holders: new Map<string, { renew: LeaseRenewer; keys: Set<string> }>(),
  timer: null as NodeJS.Timeout | null,
}) as { instance: string; holders: Map<string, { renew: LeaseRenewer; keys: Set<string> }>; timer: NodeJS.Timeout | null }

/** This server process: the owner of the runs it leases (a restart is another instance). */
export const INSTANCE_ID = shared.instance

/**
 * How long a run's lease lasts without renewal (KASSA_LEASE_SECONDS, 30 by default). Renewed every
 * third of it while the run lasts, so only a dead (or frozen) instance's runs expire; a client's
 * retry finds a crashed run's key taken for at most this long.
 */
export const LEASE_SECONDS = Math.max(Number(process.env.KASSA_LEASE_SECONDS) || 30, 3)

/** Moves on the leases of `keys`, held by `owner`, by `seconds`. */
export type LeaseRenewer = (keys: string[], owner: string, seconds: number) => Promise<unknown>

/**
 * Runs `run` while renewing the lease of `key` through `holder` (one per journal: the work
 * journal, pos's checkout keys). Only keys of runs going on here are renewed: a run that ended
 * without settling its key (a compensation that failed) expires and is recovered like a crashed one.
 */
export async function underLease<T>(holder: { name: string; renew: LeaseRenewer }, key: string, run: () => Promise<T>): Promise<T> {
  const held = shared.holders.get(holder.name) ?? { renew: holder.renew, keys: new Set<string>() }
  shared.holders.set(holder.name, held)
  held.keys.add(key)
  shared.timer ??= setInterval(() => {
    for (const { renew, keys } of shared.holders.values()) {
      // The next round tries again; an expired lease is recovered, never lost.
      if (keys.size) renew([...keys], INSTANCE_ID, LEASE_SECONDS).catch(() => undefined)
    }
  }, (LEASE_SECONDS * 1000) / 3)
  shared.timer.unref()
  try {
    return await run()
  } finally {
    held.keys.delete(key)
  }
}

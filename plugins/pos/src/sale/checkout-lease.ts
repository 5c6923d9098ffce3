import type { MedusaContainer } from "@medusajs/framework/types"
import { randomUUID } from "node:crypto"
import { hostname } from "node:os"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/** This server process: the owner of the checkouts it runs (a restart is another instance). */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

/**
 * How long a checkout's key stays this instance's without renewal. Renewed every third of it
 * while the checkout runs, so only a dead (or frozen) instance's checkouts expire; a client's
 * retry of one finds it taken for at most this long after the crash.
 */
export const LEASE_SECONDS = 30

const running = new Set<string>()
let renewer: NodeJS.Timeout | null = null

/**
 * Runs a checkout while renewing its key's lease. Only keys of checkouts running here are
 * renewed: one whose workflow ended without settling its key (a compensation that failed)
 * expires and is recovered like a crashed one.
 */
export async function underLease<T>(container: MedusaContainer, key: string, run: () => Promise<T>): Promise<T> {
  running.add(key)
  renewer ??= setInterval(() => {
    if (!running.size) return
    container
      .resolve<PosModuleService>(POS_MODULE)
      .renewCheckoutLeases([...running], INSTANCE_ID, LEASE_SECONDS)
      .catch(() => undefined) // the next round tries again; an expired lease is recovered, never lost
  }, (LEASE_SECONDS * 1000) / 3)
  renewer.unref()
  try {
    return await run()
  } finally {
    running.delete(key)
  }
}

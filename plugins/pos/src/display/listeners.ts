import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { type BranchNotice, DISPLAY_CHANNEL, type DisplayNotice } from "./channel"

type Notification = { channel: string; payload?: string }
type PgClient = {
  query: (sql: string) => Promise<unknown>
  on(event: "notification", fn: (msg: Notification) => void): void
  on(event: "error", fn: () => void): void
  off(event: "notification", fn: (msg: Notification) => void): void
  off(event: "error", fn: () => void): void
}
type KnexClient = { acquireConnection: () => Promise<PgClient>; releaseConnection: (c: PgClient) => Promise<unknown> }

type Listener = { onTicket: (ticketId: string) => void; onLost: () => void }
type BranchListener = { onChange: (topic: BranchNotice["topic"]) => void; onLost: () => void }

/**
 * This process's displays, by register, and counters' feeds, by branch, and the one pooled
 * connection that LISTENs for them while at least one is connected. A lost connection ends every
 * stream; the displays and counters reconnect (counter-page/lib/event-stream.ts) and the next
 * one listens again.
 */
const byRegister = new Map<string, Set<Listener>>()
const byBranch = new Map<string, Set<BranchListener>>()
let connection: Promise<PgClient> | null = null

const onNotification = (msg: Notification) => {
  if (msg.channel !== DISPLAY_CHANNEL || !msg.payload) return
  const notice = JSON.parse(msg.payload) as DisplayNotice | BranchNotice
  if ("topic" in notice) byBranch.get(notice.stock_location_id)?.forEach((l) => l.onChange(notice.topic))
  else byRegister.get(notice.register_id)?.forEach((l) => l.onTicket(notice.ticket_id))
}

const onError = () => {
  // Back to the pool, which finds it broken and replaces it.
  void stopListening()
  const all = [...[...byRegister.values()].flatMap((set) => [...set]), ...[...byBranch.values()].flatMap((set) => [...set])]
  byRegister.clear()
  byBranch.clear()
  all.forEach((l) => l.onLost())
}

let pool: KnexClient | null = null

function listen(scope: MedusaContainer): Promise<PgClient> {
  pool = scope.resolve<{ client: KnexClient }>(ContainerRegistrationKeys.PG_CONNECTION).client
  const from = pool
  const opened = from.acquireConnection().then(async (pg) => {
    pg.on("notification", onNotification)
    pg.on("error", onError)
    try {
      await pg.query(`LISTEN ${DISPLAY_CHANNEL}`)
    } catch (e) {
      // A pooled connection the server has since cut (a database restart): back to the pool,
      // which finds it broken and replaces it. Kept, it would hold its slot for good and the
      // pool's shutdown would wait for it forever.
      pg.off("notification", onNotification)
      pg.off("error", onError)
      await from.releaseConnection(pg).catch(() => undefined)
      throw e
    }
    return pg
  })
  opened.catch(() => (connection = null))
  return opened
}

async function stopListening() {
  const pending = connection
  connection = null
  const pg = await pending?.catch(() => null)
  if (!pg) return
  // Only this module's handlers come off: the pool keeps its own on the connection.
  pg.off("notification", onNotification)
  pg.off("error", onError)
  await pg.query(`UNLISTEN ${DISPLAY_CHANNEL}`).catch(() => undefined)
  await pool?.releaseConnection(pg).catch(() => undefined)
}

/** Adds a listener under a key; the function it returns takes it off (and stops listening after the last). */
function watch<L>(map: Map<string, Set<L>>, key: string, listener: L) {
  const set = map.get(key) ?? new Set()
  map.set(key, set.add(listener))
  return async () => {
    set.delete(listener)
    if (!set.size && map.get(key) === set) map.delete(key)
    if (!byRegister.size && !byBranch.size) await stopListening()
  }
}

/** Follows a register's tickets until the returned function is called. */
export const watchRegister = (scope: MedusaContainer, registerId: string, listener: Listener) => listenFor(scope, watch(byRegister, registerId, listener))

/** Follows what changes for a branch's counters (return requests) until the returned function is called. */
export const watchBranch = (scope: MedusaContainer, stockLocationId: string, listener: BranchListener) => listenFor(scope, watch(byBranch, stockLocationId, listener))

async function listenFor(scope: MedusaContainer, unwatch: () => Promise<void>): Promise<() => Promise<void>> {
  connection ??= listen(scope)
  try {
    await connection
  } catch (e) {
    await unwatch()
    throw e
  }
  return unwatch
}

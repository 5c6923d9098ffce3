import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DISPLAY_CHANNEL, type DisplayNotice } from "./channel"

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

/**
 * This process's displays, by register, and the one pooled connection that LISTENs for them
 * while at least one is connected. A lost connection ends every display stream; the displays
 * reconnect (counter-page/lib/event-stream.ts) and the next one listens again.
 */
const byRegister = new Map<string, Set<Listener>>()
let connection: Promise<PgClient> | null = null

const onNotification = (msg: Notification) => {
  if (msg.channel !== DISPLAY_CHANNEL || !msg.payload) return
  const notice = JSON.parse(msg.payload) as DisplayNotice
  byRegister.get(notice.register_id)?.forEach((l) => l.onTicket(notice.ticket_id))
}

const onError = () => {
  // Back to the pool, which finds it broken and replaces it.
  void stopListening()
  const all = [...byRegister.values()].flatMap((set) => [...set])
  byRegister.clear()
  all.forEach((l) => l.onLost())
}

let pool: KnexClient | null = null

function listen(scope: MedusaContainer): Promise<PgClient> {
  pool = scope.resolve<{ client: KnexClient }>(ContainerRegistrationKeys.PG_CONNECTION).client
  const opened = pool
    .acquireConnection()
    .then(async (pg) => {
      pg.on("notification", onNotification)
      pg.on("error", onError)
      await pg.query(`LISTEN ${DISPLAY_CHANNEL}`)
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

/** Follows a register's tickets until the returned function is called. */
export async function watchRegister(scope: MedusaContainer, registerId: string, listener: Listener): Promise<() => Promise<void>> {
  const set = byRegister.get(registerId) ?? new Set()
  byRegister.set(registerId, set.add(listener))
  const unwatch = async () => {
    set.delete(listener)
    if (!set.size && byRegister.get(registerId) === set) byRegister.delete(registerId)
    if (!byRegister.size) await stopListening()
  }
  connection ??= listen(scope)
  try {
    await connection
  } catch (e) {
    await unwatch()
    throw e
  }
  return unwatch
}

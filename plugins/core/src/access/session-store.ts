import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import path from "node:path"

/** What express-session hands a store: the session, with its cookie's expiry. */
type Stored = { cookie?: { expires?: string | Date | null } }
type Done = (err?: unknown, value?: unknown) => void

/** Medusa's session ttl when `sessionOptions.ttl` is not set (express-session then sets `expires`). */
const DEFAULT_TTL_MS = 10 * 60 * 60 * 1000
const TABLE = "kassa_http_session"

let db: Knex | null = null

const expiryOf = (sess: Stored) => (sess.cookie?.expires ? new Date(sess.cookie.expires) : new Date(Date.now() + DEFAULT_TTL_MS))
const settle = (done: Done | undefined, work: Promise<unknown>) => work.then((value) => done?.(null, value), (err) => done?.(err))
const live = () => {
  if (!db) throw new Error("The session store is used before the staff module loaded")
  return db
}

/** The MemoryStore class of the express-session Medusa's framework loads (not a copy of our own). */
function memoryStore(): { prototype: unknown } {
  const framework = path.dirname(require.resolve("@medusajs/framework"))
  return require(require.resolve("express-session", { paths: [framework] })).MemoryStore
}

/**
 * Medusa keeps admin cookie sessions in Redis (REDIS_URL) or DynamoDB and otherwise in
 * express-session's MemoryStore, which forgets every sign-in at a restart and knows none of
 * another server process's. Without either, Kassa gives the MemoryStore PostgreSQL to keep them
 * in: Medusa constructs the store itself and offers no other hook, so its methods are replaced
 * on the prototype (whichever instance express-session makes uses them). Idempotent; the latest
 * connection wins (a test process starts one app after another).
 */
export function keepSessionsInPostgres(knex: Knex) {
  db = knex
  const proto = memoryStore().prototype as Record<string, unknown>
  if (proto.kassaPostgres) return
  Object.assign(proto, {
    kassaPostgres: true,
    get(sid: string, done: Done) {
      settle(
        done,
        live()
          .raw(`select sess from ${TABLE} where sid = ? and expires_at > now()`, [sid])
          .then(({ rows }) => (rows[0]?.sess as Stored | undefined) ?? undefined)
      )
    },
    set(sid: string, sess: Stored, done?: Done) {
      settle(
        done,
        live().raw(
          `insert into ${TABLE} (sid, sess, expires_at) values (?, ?::jsonb, ?)
           on conflict (sid) do update set sess = excluded.sess, expires_at = excluded.expires_at`,
          [sid, JSON.stringify(sess), expiryOf(sess)]
        )
      )
    },
    touch(sid: string, sess: Stored, done?: Done) {
      settle(
        done,
        live().raw(`update ${TABLE} set sess = jsonb_set(sess, '{cookie}', ?::jsonb), expires_at = ? where sid = ?`, [
          JSON.stringify(sess.cookie),
          expiryOf(sess),
          sid,
        ])
      )
    },
    destroy(sid: string, done?: Done) {
      settle(done, live().raw(`delete from ${TABLE} where sid = ?`, [sid]))
    },
    all(done: Done) {
      settle(
        done,
        live()
          .raw(`select sid, sess from ${TABLE} where expires_at > now()`)
          .then(({ rows }) => Object.fromEntries(rows.map((r: { sid: string; sess: Stored }) => [r.sid, r.sess])))
      )
    },
    length(done: Done) {
      settle(done, live().raw(`select count(*)::int as n from ${TABLE} where expires_at > now()`).then(({ rows }) => rows[0].n))
    },
    clear(done?: Done) {
      settle(done, live().raw(`delete from ${TABLE}`))
    },
  })
}

/** Sessions past their expiry are never read again; the hourly job deletes them. */
export const pruneExpiredSessions = async (knex: Knex) => (await knex.raw(`delete from ${TABLE} where expires_at <= now()`)).rowCount as number

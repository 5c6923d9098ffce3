import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/*
 * The store's setup as a sale reads it on every scan and every pricing: the default region and
 * its currency, tax rates, whether any automatic promotion exists, a branch's code, timezone and
 * address. Read from Medusa's modules
 * each time it cost more CPU than anything else a checkout reads (tax lines alone ~7.5 ms of
 * the server's ~70, bench/pos), and it changes only when someone edits the setup. So this
 * process keeps what it read, under the version of the setup it read it at.
 *
 * The version is one row (kassa_pos_config_version) that a statement trigger on each of the
 * tables below moves on inside the writing transaction, whoever writes (the admin, a
 * workflow, a script, another server instance). A reader takes the version first, then reads:
 * a change committed in between is cached under the old version and so never used again.
 * Reading the version is one small query instead of the module calls it saves.
 */

/** Medusa's tables the cached reads come from. */
export const CONFIG_TABLES = [
  "store",
  "region",
  "tax_provider",
  "tax_region",
  "tax_rate",
  "tax_rate_rule",
  "promotion",
  "stock_location",
  "stock_location_address",
  "kassa_branch",
]
const TRIGGER = "kassa_pos_config_changed"

/** Whether every table has its trigger: until then nothing is cached. */
let installed = false
/** Off: every read goes to the modules (bench:pos:profile's A/B); the triggers stay. */
let enabled = true
export const setConfigCacheEnabled = (on: boolean) => {
  enabled = on
}
/** The newest version seen, and what was read at it. */
let newest = -1
const entries = new Map<string, { version: number; value: unknown }>()

/**
 * Drops what was read. For tests that put the database back to an earlier copy between cases:
 * its version can come back with other contents under it.
 */
export const forgetConfigCache = () => {
  newest = -1
  entries.clear()
}

/**
 * Puts the trigger on each table that lacks it (at start, under an advisory lock so instances
 * starting together agree) and turns caching on once all have it.
 */
export async function installConfigTriggers(knex: Knex) {
  installed = await knex.transaction(async (trx) => {
    const { rows: ready } = await trx.raw(`select to_regproc(?) is not null and to_regclass('kassa_pos_config_version') is not null as ok`, [TRIGGER])
    if (!ready[0].ok) return false
    await trx.raw(`select pg_advisory_xact_lock(hashtext(?))`, [TRIGGER])
    const { rows } = await trx.raw<{ rows: { table: string; has: boolean }[] }>(
      `select t.name as table, exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = ?) as has
         from jsonb_array_elements_text(?::jsonb) as t(name) left join pg_class c on c.oid = to_regclass(t.name)
        where c.oid is not null`,
      [TRIGGER, JSON.stringify(CONFIG_TABLES)]
    )
    for (const { table } of rows.filter((r) => !r.has)) {
      await trx.raw(`create trigger ${TRIGGER} after insert or update or delete or truncate on ?? for each statement execute function ${TRIGGER}()`, [table])
    }
    return rows.length === CONFIG_TABLES.length
  })
  return installed
}

export type ConfigReads = {
  /** What was read under this key at the current version, or what `load` reads now (then kept). */
  read<T>(key: string, load: () => Promise<T>): Promise<T>
  get<T>(key: string): T | undefined
  set(key: string, value: unknown): void
}

const uncached: ConfigReads = { read: (_key, load) => load(), get: () => undefined, set: () => undefined }

/** The setup's version, to read with other rows in one query (null: no version row, nothing cached). */
export const CONFIG_VERSION_SQL = `(select version from kassa_pos_config_version where id = 1)`

/**
 * The cache at the setup's current version (one query), for one request's reads; or at a
 * version the caller read with its own query (CONFIG_VERSION_SQL) before these reads.
 */
export async function configReads(scope: MedusaContainer, known?: number | string | null): Promise<ConfigReads> {
  if (!installed || !enabled) return uncached
  let read = known
  if (read === undefined) {
    const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const { rows } = await knex.raw(`select ${CONFIG_VERSION_SQL} as version`)
    read = rows[0].version
  }
  if (read == null) return uncached
  const version = Number(read)
  if (version > newest) {
    newest = version
    entries.clear()
  }
  const get = <T>(key: string) => {
    const entry = entries.get(key)
    return entry?.version === version ? (entry.value as T) : undefined
  }
  // A reader that took an older version than another has since seen keeps nothing.
  const set = (key: string, value: unknown) => {
    if (version === newest) entries.set(key, { version, value })
  }
  return {
    get,
    set,
    async read<T>(key: string, load: () => Promise<T>) {
      const kept = get<T>(key)
      if (kept !== undefined) return kept
      const value = await load()
      set(key, value)
      return value
    },
  }
}

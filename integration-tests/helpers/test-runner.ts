/**
 * Medusa's integration runner, started on a copy of the database `npm test` migrated once
 * (KASSA_TEST_TEMPLATE_DB, see scripts/test.js). Medusa's runner then finds every migration and
 * link applied and goes straight to booting, instead of migrating ~400 tables for each file.
 * A file that seeds the demo retailer (helpers/demo-data.ts) starts instead from a copy of the
 * first such file's database as it was just after its seed, and seeds nothing itself.
 * Without that variable (one spec, or Jest run directly) it is Medusa's runner unchanged.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomUUID } from "node:crypto"
import { Client } from "pg"

type Options = Parameters<typeof medusaIntegrationTestRunner>[0]

// This file's database, and whether it wants (and got) the demo retailer's. One runner a file.
let dbName: string | null = null
let wantsDemo = false
let startedWithDemo = false
const demoTemplate = () => `${process.env.KASSA_TEST_TEMPLATE_DB}_demo`

export function integrationTestRunner(options: Options) {
  const template = process.env.KASSA_TEST_TEMPLATE_DB
  if (!template || options.medusaConfigFile || options.dbName) return medusaIntegrationTestRunner(options)
  // Medusa's own naming, so its per-test snapshot (`<name>-template`) stays within 63 characters.
  const name = `kassa-${randomUUID().slice(0, 18)}-integration-${process.env.JEST_WORKER_ID || "1"}`
  dbName = name
  return medusaIntegrationTestRunner({
    ...options,
    dbName: name,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates its database, which it then finds already there. The
      // file's test suite has been collected by then, so wantsDemo is known.
      beforeServerStart: async (container) => {
        startedWithDemo = wantsDemo && (await withAdmin((c) => clone(c, demoTemplate(), name)).then(() => true, () => false))
        if (!startedWithDemo) await withAdmin((c) => clone(c, template, name))
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

/**
 * For helpers/demo-data.ts, called as the file's tests are collected: null when there is no
 * template to share the demo retailer through; else whether this file's database already has it,
 * and `share()`, which the first file to seed it calls right after.
 */
export function sharedDemoData() {
  if (!process.env.KASSA_TEST_TEMPLATE_DB) return null
  wantsDemo = true
  return {
    seeded: () => startedWithDemo,
    share: () =>
      withAdmin(async (c) => {
        if ((await c.query("select 1 from pg_database where datname = $1", [demoTemplate()])).rowCount) return
        // Subscribers of the seed's events (scan index, audit) finish within moments; a copy
        // needs the database to itself, so this file's connections are cut (its pool reconnects).
        await new Promise((r) => setTimeout(r, 1000))
        const staging = `${demoTemplate()}_${process.env.JEST_WORKER_ID || "1"}`
        await c.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`)
        try {
          await c.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()", [dbName])
          await c.query(`DROP DATABASE IF EXISTS "${staging}"`)
          await c.query(`CREATE DATABASE "${staging}" TEMPLATE "${dbName}"`)
          // Published whole by a rename; the other worker may have published first.
          await c.query(`ALTER DATABASE "${staging}" RENAME TO "${demoTemplate()}"`).catch(() => c.query(`DROP DATABASE IF EXISTS "${staging}"`))
        } finally {
          await c.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`)
        }
      }),
  }
}

/** A connection to the server's maintenance database, for the length of `fn`. */
async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const env = process.env
  const client = new Client({
    host: env.DB_HOST ?? "localhost",
    port: Number(env.DB_PORT ?? 5432),
    user: env.DB_USERNAME ?? "postgres",
    password: env.DB_PASSWORD || undefined,
    database: "postgres",
  })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

async function clone(client: Client, template: string, name: string): Promise<void> {
  // Both workers may clone at once; PostgreSQL refuses a copy while another is reading the
  // template, so the loser waits a moment and tries again.
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)
      return
    } catch (e) {
      if (attempt >= 20 || !/being accessed by other users/.test((e as Error).message)) throw e
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

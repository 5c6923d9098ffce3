/**
 * Medusa's integration runner, started on a copy of the database `npm test` migrated once
 * (KASSA_TEST_TEMPLATE_DB, see scripts/test.js). Medusa's runner then finds every migration and
 * link applied and goes straight to booting, instead of migrating ~400 tables for each file.
 * A file that seeds the demo retailer (helpers/demo-data.ts) starts instead from a copy of the
 * first such file's database as it was just after its seed, and seeds nothing itself.
 * Without that variable (one spec, or Jest run directly) it is Medusa's runner unchanged.
 */
import { createPostgresDatabaseTemplate, medusaIntegrationTestRunner } from "@medusajs/test-utils"
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
        startedWithDemo = wantsDemo && (await copy(demoTemplate(), name).then(() => true, () => false))
        if (!startedWithDemo) await copy(template, name)
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
    share: async () => {
      const published = await withAdmin((c) => c.query("select 1 from pg_database where datname = $1", [demoTemplate()]))
      if (published.rowCount) return
      // Subscribers of the seed's events (scan index, audit) finish within moments. The copy cuts
      // this file's connections, as Medusa's own snapshot does (its pool reconnects).
      await new Promise((r) => setTimeout(r, 1000))
      const staging = `${demoTemplate()}_${process.env.JEST_WORKER_ID || "1"}`
      await copy(dbName!, staging)
      // Published whole by a rename; the other worker may have published first.
      await withAdmin((c) => c.query(`ALTER DATABASE "${staging}" RENAME TO "${demoTemplate()}"`).catch(() => c.query(`DROP DATABASE IF EXISTS "${staging}"`)))
    },
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

/** `to`, made anew as a copy of `from` by Medusa's snapshot helper (connections to `from` are cut). */
const copy = (from: string, to: string) => createPostgresDatabaseTemplate({ databaseName: from, templateName: to })

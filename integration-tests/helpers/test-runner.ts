/**
 * Medusa's integration runner, started on a copy of the database `npm test` migrated once
 * (KASSA_TEST_TEMPLATE_DB, see scripts/test.js). Medusa's runner then finds every migration and
 * link applied and goes straight to booting, instead of migrating ~400 tables for each file.
 * Without that variable (one spec, or Jest run directly) it is Medusa's runner unchanged.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { randomUUID } from "node:crypto"
import { Client } from "pg"

type Options = Parameters<typeof medusaIntegrationTestRunner>[0]

export function integrationTestRunner(options: Options) {
  const template = process.env.KASSA_TEST_TEMPLATE_DB
  if (!template || options.medusaConfigFile || options.dbName) return medusaIntegrationTestRunner(options)
  // Medusa's own naming, so its per-test snapshot (`<name>-template`) stays within 63 characters.
  const dbName = `kassa-${randomUUID().slice(0, 18)}-integration-${process.env.JEST_WORKER_ID || "1"}`
  return medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates its database, which it then finds already there.
      beforeServerStart: async (container) => {
        await cloneDatabase(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

async function cloneDatabase(template: string, name: string): Promise<void> {
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
  } finally {
    await client.end()
  }
}

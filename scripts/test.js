#!/usr/bin/env node
// `npm test`: builds stale plugins, type-checks server and admin code, provides PostgreSQL
// (DB_HOST and friends when set, else a throw-away embedded cluster with fsync off) and runs
// every Jest test with two workers. Extra arguments go to Jest: `npm test -- integration-tests/http`.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { startEmbeddedPostgres } = require("./lib/embedded-db")
const { buildPlugins, root } = require("./lib/build")
const { run, stopChildren } = require("./lib/proc")
const { ensureChromium } = require("./lib/chromium")
const { migrateTemplate } = require("./lib/test-template")

const env = process.env
const log = (msg) => console.log(`\x1b[36m[test]\x1b[0m ${msg}`)
const bin = (name) => path.join(root, "node_modules", ".bin", name)
let database = null
let scratch = null

async function main() {
  const jestArgs = process.argv.slice(2)
  env.MEDUSA_DISABLE_TELEMETRY = "true"
  env.NODE_ENV = "test"
  delete env.PORT // every Jest worker would bind it
  delete env.DATABASE_URL // tests create their own databases

  await buildPlugins({ log })
  if (env.KASSA_SKIP_TYPECHECK !== "true") {
    log("Type-checking server and admin code…")
    await run("npm", ["run", "--silent", "typecheck"])
  }
  env.CHROMIUM_PATH = await ensureChromium({ log })

  if (!env.DB_HOST) {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-test-"))
    database = await startEmbeddedPostgres({ dir: scratch, durable: false, log })
    Object.assign(env, {
      DB_HOST: "localhost",
      DB_PORT: String(database.port),
      DB_USERNAME: database.user,
      DB_PASSWORD: database.password,
    })
  } else {
    env.DB_USERNAME ||= "postgres"
    log(`Using PostgreSQL at ${env.DB_HOST}:${env.DB_PORT || 5432} as ${env.DB_USERNAME}`)
  }

  const template = await migrateTemplate({ jestArgs, env, log })
  if (template) env.KASSA_TEST_TEMPLATE_DB = template

  const started = Date.now()
  await run(bin("jest"), ["-w", "2", "--forceExit", ...jestArgs], {
    env: { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS || ""} --experimental-vm-modules`.trim() },
  })
  log(`Jest finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}

async function cleanup(code) {
  await stopChildren()
  database?.stop()
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
  process.exit(code)
}

process.on("SIGINT", () => cleanup(130))
process.on("SIGTERM", () => cleanup(143))
main().then(
  () => cleanup(0),
  (e) => {
    console.error(`\x1b[31m[test]\x1b[0m ${e.message}`)
    cleanup(1)
  }
)

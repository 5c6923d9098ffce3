// A database migrated once for the whole run: each integration file's runner starts from a copy
// of it (integration-tests/helpers/test-runner.ts) instead of migrating its own, which cost ~9 s
// a file. Making it costs ~20 s, so it is made only when Jest will boot the app several times.
const path = require("node:path")
const { execFileSync } = require("node:child_process")
const { Client } = require("pg")
const { run, medusaBin } = require("./proc")
const { root } = require("./build")

const TEMPLATE = "kassa_test_template"
const MIN_FILES = 3

/** The integration files Jest would run with these arguments. */
function integrationFiles(jestArgs) {
  const out = execFileSync(path.join(root, "node_modules", ".bin", "jest"), ["--listTests", ...jestArgs], { cwd: root, encoding: "utf8" })
  return out.split("\n").filter((f) => /integration-tests[\\/](http|browser)[\\/]/.test(f))
}

/** Migrates TEMPLATE (dropped first) and returns its name, or null when too few files need it. */
async function migrateTemplate({ jestArgs, env, log }) {
  const files = integrationFiles(jestArgs).length
  if (files < MIN_FILES) return null
  const admin = new Client({ host: env.DB_HOST, port: Number(env.DB_PORT || 5432), user: env.DB_USERNAME, password: env.DB_PASSWORD || undefined, database: "postgres" })
  await admin.connect()
  try {
    // With it goes the demo retailer's copy an earlier run shared (test-runner.ts).
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}_demo`)
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`)
    await admin.query(`CREATE DATABASE ${TEMPLATE}`)
  } finally {
    await admin.end()
  }
  const auth = env.DB_PASSWORD ? `${encodeURIComponent(env.DB_USERNAME)}:${encodeURIComponent(env.DB_PASSWORD)}` : encodeURIComponent(env.DB_USERNAME)
  log(`Migrating one database for ${files} integration files to start from…`)
  await run(medusaBin(), ["db:migrate", "--skip-scripts", "--execute-safe-links"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...env, DATABASE_URL: `postgres://${auth}@${env.DB_HOST}:${env.DB_PORT || 5432}/${TEMPLATE}` },
  })
  return TEMPLATE
}

module.exports = { migrateTemplate }

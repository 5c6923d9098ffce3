// What a start may skip when nothing it depends on changed: `medusa db:migrate` and the bootstrap
// (admin user, demo data) each load the whole app (10–20 s apiece on two cores). Each records
// the hash of its inputs in the database it ran on, so a new, dropped or restored database, or
// a changed input, runs them again.
const fs = require("node:fs")
const path = require("node:path")
const crypto = require("node:crypto")
const { pluginDirs, root } = require("./build")

const TABLE = "kassa_start_stamp"

/** The installed Medusa packages' versions: their migrations come with them. */
function medusaVersions() {
  const dir = path.join(root, "node_modules", "@medusajs")
  return fs
    .readdirSync(dir)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "package.json")
      return fs.existsSync(file) ? `${name}@${JSON.parse(fs.readFileSync(file, "utf8")).version}` : name
    })
    .join(",")
}

const fileText = (file) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "")

function hashOf(parts) {
  const hash = crypto.createHash("sha256")
  for (const part of parts) hash.update(`${part}\0`)
  return hash.digest("hex")
}

/** Migrations depend on Medusa's version, each plugin's build (its modules, links, scripts) and the app's config. */
const migrationInputs = () =>
  hashOf([
    medusaVersions(),
    ...pluginDirs().map((dir) => fileText(path.join(dir, ".medusa", "server", ".kassa-build-hash"))),
    fileText(path.join(root, "medusa-config.ts")),
    fileText(path.join(root, "package.json")),
  ])

/**
 * The bootstrap depends on the migrated schema, its settings and its own sources (not on the
 * passwords: an existing user keeps the password it has).
 */
function bootstrapInputs(env) {
  const sources = []
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name)
      if (fs.statSync(file).isDirectory()) walk(file)
      else sources.push(fileText(file))
    }
  }
  walk(path.join(root, "src", "scripts"))
  return hashOf([migrationInputs(), env.KASSA_ADMIN_EMAIL, env.KASSA_SEED, ...sources])
}

async function withClient(url, task) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await task(client)
  } finally {
    await client.end()
  }
}

/** Runs `task` unless the database's stamp for `step` matches `hash`; stamps it after it succeeded. */
async function unlessStamped(url, step, hash, task) {
  const stamped = await withClient(url, async (c) => {
    const { rows } = await c.query(`select hash from ${TABLE} where step = $1`, [step]).catch(() => ({ rows: [] }))
    return rows[0]?.hash === hash
  })
  if (stamped) return false
  await task()
  await withClient(url, async (c) => {
    await c.query(`create table if not exists ${TABLE} (step text primary key, hash text not null, at timestamptz not null default now())`)
    await c.query(`insert into ${TABLE} (step, hash) values ($1, $2) on conflict (step) do update set hash = excluded.hash, at = now()`, [step, hash])
  })
  return true
}

module.exports = { unlessStamped, migrationInputs, bootstrapInputs }

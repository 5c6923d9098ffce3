#!/usr/bin/env node
// Kassa's one entry point for running the app (see README "Configuration"):
//   start  – embedded or given database, plugin builds, migrations, demo data, admin build, server
//   dev    – the same with `medusa develop` and plugins rebuilt on change
//   build  – plugins and the production build in .medusa/server (build-plugins: plugins only)
//   serve  – run that production build (secure cookies unless KASSA_INSECURE_COOKIES=true)
//   setup  – the database, migrations and demo data, without a server (benchmarks, CI)
//   exec   – `medusa exec <script> [args]` with the same database and settings
//   cluster – like start, as N server processes and one worker on Redis behind nginx (servers=N)
const fs = require("node:fs")
const path = require("node:path")
const crypto = require("node:crypto")
const { startEmbeddedPostgres, ensureDatabase } = require("./lib/embedded-db")
const { buildPlugins, buildApp, pluginDirs, root } = require("./lib/build")
const { start, run, stopChildren, medusaBin } = require("./lib/proc")
const { unlessStamped, migrationInputs, bootstrapInputs } = require("./lib/start-stamps")
const { ensureNginx, reachable, serversArg, writeNginxConfig } = require("./lib/cluster")

require("dotenv").config({ path: path.join(root, ".env") })

const env = process.env
const log = (msg) => console.log(`\x1b[36m[kassa]\x1b[0m ${msg}`)
let database = null
let stopping = false

const DEFAULTS = {
  PORT: "9000",
  KASSA_ADMIN_EMAIL: "admin@example.com",
  KASSA_ADMIN_PASSWORD: "kassa-admin",
  KASSA_DEMO_PASSWORD: "kassa-demo",
  MEDUSA_DISABLE_TELEMETRY: "true",
}

const dataDir = () => path.resolve(root, env.KASSA_DATA_DIR || ".kassa")

/**
 * JWT and cookie secrets, and the key Medusa's auth module encrypts second factors' secrets with
 * (no key: two-factor sign-in cannot be enrolled): from the environment, else generated once and
 * kept in the data dir — losing it loses every enrolled authenticator.
 */
function ensureSecrets() {
  const file = path.join(dataDir(), "secrets.json")
  const saved = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  for (const name of ["JWT_SECRET", "COOKIE_SECRET", "AUTH_MFA_ENCRYPTION_KEY"]) {
    saved[name] ||= crypto.randomBytes(32).toString("hex")
    env[name] ||= saved[name]
  }
  fs.writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 })
}

async function prepare() {
  for (const [k, v] of Object.entries(DEFAULTS)) env[k] ||= v
  fs.mkdirSync(dataDir(), { recursive: true })
  ensureSecrets()
  if (env.DATABASE_URL) {
    log(`Using the database at ${env.DATABASE_URL.replace(/\/\/([^:@/]+):[^@]*@/, "//$1:***@")}`)
    await ensureDatabaseFromUrl(env.DATABASE_URL)
  } else {
    database = await startEmbeddedPostgres({ dir: dataDir(), durable: true, log })
    await ensureDatabase(database.url("postgres"), "kassa")
    env.DATABASE_URL = database.url("kassa")
  }
}

// Creates the database named in DATABASE_URL when the server lacks it; a role that may not
// create databases just gets Medusa's own error later.
async function ensureDatabaseFromUrl(url) {
  const parsed = new URL(url)
  const name = decodeURIComponent(parsed.pathname.slice(1))
  parsed.pathname = "/postgres"
  await ensureDatabase(parsed.toString(), name).catch((e) => log(`Could not check database "${name}": ${e.message}`))
}

/** Migrations and the bootstrap, each skipped when the database was stamped with the same inputs (lib/start-stamps.js). */
async function migrateAndBootstrap() {
  await buildPlugins({ log })
  const migrated = await unlessStamped(env.DATABASE_URL, "migrations", migrationInputs(), async () => {
    log("Running migrations…")
    await run(medusaBin(), ["db:migrate", "--execute-safe-links"])
  })
  if (!migrated) log("Migrations: nothing changed since the last start")
  const bootstrapped = await unlessStamped(env.DATABASE_URL, "bootstrap", bootstrapInputs(env), async () => {
    log(env.KASSA_SEED === "false" ? "Checking the admin user…" : "Checking the admin user and the demo data…")
    await run(medusaBin(), ["exec", "./src/scripts/bootstrap.ts"])
  })
  if (!bootstrapped) log("Admin user and demo data: in place since the last start")
}

/**
 * Medusa serves uploads from `<server dir>/static`; `medusa build` wipes .medusa/server, so
 * that folder is a link into the data dir, where uploads outlive rebuilds.
 */
function linkUploads(serverDir) {
  const uploads = path.join(dataDir(), "uploads")
  const link = path.join(serverDir, "static")
  fs.mkdirSync(uploads, { recursive: true })
  const existing = fs.lstatSync(link, { throwIfNoEntry: false })
  if (existing?.isSymbolicLink() && fs.readlinkSync(link) === uploads) return
  if (existing?.isSymbolicLink()) fs.unlinkSync(link)
  else if (existing) return log(`Keeping the existing folder ${link} for uploads`)
  fs.symlinkSync(uploads, link)
}

async function waitForHealth(server, port = env.PORT) {
  const url = `http://localhost:${port}/health`
  let exited = false
  server.exited.then(() => (exited = true))
  while (!exited && !stopping) {
    try {
      if ((await fetch(url)).ok) return true
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return false
}

/** Waits until a plugin's build output is newer than `since` (at most two minutes). */
async function waitForBuild(dir, since) {
  const marker = path.join(dir, ".medusa", "server", "src")
  for (let waited = 0; waited < 120000; waited += 500) {
    const stat = fs.statSync(marker, { throwIfNoEntry: false })
    if (stat && stat.mtimeMs > since) return new Promise((r) => setTimeout(r, 1500))
    await new Promise((r) => setTimeout(r, 500))
  }
  log(`plugin:develop in ${path.basename(dir)} has not built yet; starting anyway`)
}

function banner(startedAt) {
  const base = `http://localhost:${env.PORT}`
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1)
  console.log(
    [
      "",
      `  Kassa is running (ready in ${seconds} s)`,
      `  Admin       ${base}/app`,
      `  Login       ${env.KASSA_ADMIN_EMAIL} / ${env.KASSA_ADMIN_PASSWORD}`,
      ...(env.KASSA_SEED === "false" ? [] : [`  Demo staff  manager.mnl@example.com … / ${env.KASSA_DEMO_PASSWORD} (see README)`]),
      `  APIs        ${base}/admin  ${base}/store`,
      "  Stop        Ctrl-C",
      "",
    ].join("\n")
  )
}

/**
 * The server's young generation. On a machine with this much memory V8 gives it 64 MB
 * semi-spaces; under a counter's load a scavenge then pauses the server ~10–13 ms about twice a
 * second and lands in one request of twenty (bench:pos: scan p95 ~2× its p50). At 16 MB they come
 * ~4× as often and take ~3–4 ms, for about the same GC time in all. NODE_OPTIONS can set another.
 */
const serverNodeOptions = (options = "") => (options.includes("--max-semi-space-size") ? options : `${options} --max-semi-space-size=16`.trim())

async function serve(command, startedAt) {
  linkUploads(command === "dev" ? root : path.join(root, ".medusa", "server"))
  const serverEnv = { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) }
  const server =
    command === "dev"
      ? start(medusaBin(), ["develop"], { env: serverEnv })
      : start(medusaBin(), ["start"], { cwd: path.join(root, ".medusa", "server"), env: { ...serverEnv, NODE_ENV: "production" } })
  if (await waitForHealth(server)) banner(startedAt)
  const { code, signal } = await server.exited
  if (!stopping) throw new Error(`The server stopped (${signal || `exit code ${code}`})`)
}

/**
 * `servers` Medusa processes in server mode (routes only) and one worker (jobs, subscribers,
 * queues) on ports after PORT, sharing the database and Redis, with nginx on PORT in front.
 * A server that stops is logged and left out by nginx; the proxy or the worker stopping stops all.
 */
async function cluster(args, startedAt) {
  const servers = serversArg(args)
  env.REDIS_URL ||= "redis://127.0.0.1:6379"
  if (!(await reachable(env.REDIS_URL))) {
    throw new Error(`The cluster shares events, workflows, locks and sessions through Redis, and nothing answers at ${env.REDIS_URL}: start Redis or set REDIS_URL`)
  }
  const nginx = ensureNginx({ log })
  env.KASSA_INSECURE_COOKIES ||= "true" // plain http on this machine, as for start
  await prepare()
  await migrateAndBootstrap()
  await buildApp({ log })
  const serverDir = path.join(root, ".medusa", "server")
  linkUploads(serverDir)

  const base = Number(env.PORT)
  const serverPorts = Array.from({ length: servers }, (_, i) => base + 1 + i)
  const workerPort = base + servers + 1
  const instance = (mode, port, extra = {}) => {
    const child = start(medusaBin(), ["start"], {
      cwd: serverDir,
      env: { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS), NODE_ENV: "production", MEDUSA_WORKER_MODE: mode, PORT: String(port), ...extra },
    })
    child.exited.then(({ code, signal }) => stopping || log(`The ${mode} on port ${port} stopped (${signal || `exit code ${code}`})`))
    return child
  }
  const worker = instance("worker", workerPort, { KASSA_ADMIN_DISABLED: "true" })
  const serverProcesses = serverPorts.map((port) => instance("server", port))
  const ready = await Promise.all([worker, ...serverProcesses].map((child, i) => waitForHealth(child, i === 0 ? workerPort : serverPorts[i - 1])))
  if (!ready.every(Boolean)) throw new Error("An instance stopped before it was ready")

  const prefix = path.join(dataDir(), "nginx")
  const conf = writeNginxConfig({ prefix, listen: base, serverPorts })
  const proxy = start(nginx, ["-e", "stderr", "-p", prefix, "-c", conf, "-g", "daemon off;"])
  if (!(await waitForHealth(proxy))) throw new Error("nginx stopped before it answered")
  banner(startedAt)
  log(`Servers on ports ${serverPorts.join(", ")}, the worker on ${workerPort}, nginx on ${base}`)
  const [which, { code, signal }] = await Promise.race([proxy.exited.then((e) => ["proxy", e]), worker.exited.then((e) => ["worker", e])])
  if (!stopping) throw new Error(`The ${which} stopped (${signal || `exit code ${code}`})`)
}

async function main() {
  const [command, ...args] = process.argv.slice(2)
  const startedAt = Date.now()
  switch (command) {
    case "start":
      env.KASSA_INSECURE_COOKIES ||= "true" // a local start is plain http: see README
      await prepare()
      await migrateAndBootstrap()
      await buildApp({ log })
      return serve("start", startedAt)
    case "dev":
      await prepare()
      await migrateAndBootstrap()
      // plugin:develop wipes and rebuilds each plugin's output, then watches; the app must
      // start only after that first build, or it loads half a plugin: Medusa skips a plugin
      // whose output is missing without an error, its routes and modules silently absent.
      for (const dir of pluginDirs()) {
        const started = Date.now()
        start(medusaBin(), ["plugin:develop"], { cwd: dir })
        await waitForBuild(dir, started)
      }
      return serve("dev", startedAt)
    case "build":
      for (const [k, v] of Object.entries(DEFAULTS)) env[k] ||= v
      await buildPlugins({ log, force: args.includes("--force") })
      return buildApp({ log, force: args.includes("--force") })
    case "build-plugins":
      return buildPlugins({ log, force: args.includes("--force") })
    case "serve":
      if (!fs.existsSync(path.join(root, ".medusa", "server", "medusa-config.js"))) {
        throw new Error("No production build: run `npm run build` first")
      }
      await prepare()
      log("Running migrations…")
      await run(medusaBin(), ["db:migrate", "--execute-safe-links"], { cwd: path.join(root, ".medusa", "server") })
      return serve("serve", startedAt)
    case "setup":
      await prepare()
      return migrateAndBootstrap()
    case "cluster":
      return cluster(args, startedAt)
    case "exec":
      if (!args[0]) throw new Error("usage: node scripts/kassa.js exec <script.ts> [args…]")
      await prepare()
      await buildPlugins({ log })
      return run(medusaBin(), ["exec", ...args])
    default:
      throw new Error(`unknown command "${command}": use start, dev, setup, build, build-plugins, serve, cluster or exec`)
  }
}

async function shutdown(code) {
  if (stopping) return
  stopping = true
  await stopChildren()
  if (database) {
    log("Stopping the embedded database…")
    database.stop()
  }
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

main().then(
  () => shutdown(0),
  (e) => {
    console.error(`\x1b[31m[kassa]\x1b[0m ${e.message}`)
    shutdown(1)
  }
)

// Builds that run only when their inputs changed: each build output keeps a hash of what it
// was built from, so a second `npm start` skips the plugin and admin builds.
const fs = require("node:fs")
const path = require("node:path")
const crypto = require("node:crypto")
const { run, medusaBin } = require("./proc")

const root = path.resolve(__dirname, "../..")
const SKIP = new Set(["node_modules", ".medusa", ".cache", "__tests__"])

function hashTree(hash, dir) {
  if (!fs.existsSync(dir)) return
  const stat = fs.statSync(dir)
  if (stat.isFile()) {
    hash.update(path.relative(root, dir))
    hash.update(fs.readFileSync(dir))
    return
  }
  for (const name of fs.readdirSync(dir).sort()) {
    if (!SKIP.has(name)) hashTree(hash, path.join(dir, name))
  }
}

function inputsHash(paths, extra = "") {
  const hash = crypto.createHash("sha256")
  for (const p of paths) hashTree(hash, p)
  hash.update(extra)
  return hash.digest("hex")
}

const stampOf = (outDir) => path.join(outDir, ".kassa-build-hash")
const readStamp = (outDir) => (fs.existsSync(stampOf(outDir)) ? fs.readFileSync(stampOf(outDir), "utf8") : null)

/** Plugin folders, each after the Kassa plugins it depends on: it compiles against their build output. */
function pluginDirs() {
  const dir = path.join(root, "plugins")
  const byName = new Map()
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, "package.json")
    if (!fs.existsSync(file)) continue
    const pkg = JSON.parse(fs.readFileSync(file, "utf8"))
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).filter((d) => d.startsWith("@kassa/"))
    byName.set(pkg.name, { dir: path.join(dir, name), deps })
  }
  const ordered = []
  const visit = (name) => {
    const p = byName.get(name)
    if (!p || ordered.includes(p.dir)) return
    p.deps.forEach(visit)
    ordered.push(p.dir)
  }
  ;[...byName.keys()].forEach(visit)
  return ordered
}

/**
 * A plugin's pages of its own (the POS counter page): one Vite config each, named
 * `vite.<page>.config.mts`, built into the plugin's output after `medusa plugin:build`, which
 * wipes that output and copies no HTML or assets. Their sources live under the plugin's src/,
 * beside helpers of the build (`*.mts` at the plugin's root).
 */
const pageConfigs = (p) =>
  fs
    .readdirSync(p)
    .filter((name) => /^vite\..+\.config\.mts$/.test(name))
    .sort()
    .map((name) => path.join(p, name))

const pluginInputs = (p) => [
  path.join(p, "src"),
  path.join(p, "package.json"),
  path.join(p, "tsconfig.json"),
  ...fs.readdirSync(p).filter((name) => name.endsWith(".mts")).sort().map((name) => path.join(p, name)),
]

/**
 * What a page bundles besides its own plugin: every plugin's counter extension (src/counter) and
 * the app's list of plugins (medusa-config.ts), whose extensions it collects.
 */
const pageInputs = (dirs) => [...dirs.map((p) => path.join(p, "src", "counter")), path.join(root, "medusa-config.ts"), path.join(root, "package.json")]

/**
 * `medusa plugin:build` for every plugin whose sources changed since its last build, then the
 * pages whose plugin was rebuilt or whose extensions or app config changed.
 */
async function buildPlugins({ force = false, log = console.log } = {}) {
  const dirs = pluginDirs()
  for (const dir of dirs) {
    const out = path.join(dir, ".medusa", "server")
    const hash = inputsHash(pluginInputs(dir))
    if (!force && readStamp(out) === hash) continue
    log(`Building plugin ${path.basename(dir)}…`)
    await run(medusaBin(), ["plugin:build"], { cwd: dir })
    fs.writeFileSync(stampOf(out), hash)
  }
  for (const dir of dirs) {
    const out = path.join(dir, ".medusa", "server")
    for (const config of pageConfigs(dir)) {
      // Beside the plugin's own stamp: a plugin build wipes both, and the page with them.
      const stamp = path.join(out, `.kassa-${path.basename(config, ".config.mts")}-hash`)
      const hash = inputsHash(pageInputs(dirs), readStamp(out) || "")
      if (!force && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) continue
      log(`Building the page ${path.basename(config)} of ${path.basename(dir)}…`)
      await run(path.join(root, "node_modules", ".bin", "vite"), ["build", "--logLevel", "warn", "-c", config], {
        cwd: dir,
        env: { ...process.env, KASSA_APP_ROOT: root },
      })
      fs.writeFileSync(stamp, hash)
    }
  }
}

/**
 * Runs `task` while holding a lock on this checkout's app build: two `kassa.js start`s at once
 * (two test files, a test and a developer) would otherwise both run `medusa build`, which wipes
 * `.medusa/server` under the other. A lock whose holder has died is taken over.
 */
async function withAppBuildLock(task) {
  const lock = path.join(require("node:os").tmpdir(), `kassa-build-${crypto.createHash("sha1").update(root).digest("hex").slice(0, 12)}.lock`)
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" })
      break
    } catch (e) {
      if (e.code !== "EEXIST") throw e
      // An empty file is one being written: its holder is alive.
      const holder = Number(fs.readFileSync(lock, "utf8") || 0)
      if (holder && !alive(holder)) fs.rmSync(lock, { force: true })
      else await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    return await task()
  } finally {
    fs.rmSync(lock, { force: true })
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

/** `medusa build` (server + admin bundle) when the app or any built plugin changed. */
async function buildApp(options = {}) {
  return withAppBuildLock(() => buildAppNow(options))
}

async function buildAppNow({ force = false, log = console.log } = {}) {
  const out = path.join(root, ".medusa", "server")
  const pluginStamps = pluginDirs()
    .map((p) => readStamp(path.join(p, ".medusa", "server")) || "")
    .join(",")
  const inputs = ["src", "medusa-config.ts", "package.json", "tsconfig.json"].map((p) => path.join(root, p))
  const hash = inputsHash(inputs, pluginStamps)
  if (!force && readStamp(out) === hash && fs.existsSync(path.join(out, "public", "admin", "index.html"))) return
  log("Building the server and the admin (about 30 s)…")
  // The admin bundle takes its mode from NODE_ENV, which Medusa's CLI sets to development when
  // unset: the dashboard's error page then shows every visitor the raw error and its stack.
  await run(medusaBin(), ["build"], { cwd: root, env: { ...process.env, NODE_ENV: "production" } })
  fs.writeFileSync(stampOf(out), hash)
}

module.exports = { buildPlugins, buildApp, pluginDirs, root }

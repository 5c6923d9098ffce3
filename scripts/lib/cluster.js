// `npm run start:cluster -- servers=N`: N Medusa server processes and one worker over the same
// PostgreSQL and Redis, behind nginx (deploy/nginx/kassa.conf.template). See README "Several
// servers".
const fs = require("node:fs")
const net = require("node:net")
const path = require("node:path")
const { execFileSync } = require("node:child_process")
const { root } = require("./build")

const which = (name) => {
  try {
    return execFileSync("which", [name], { env: { ...process.env, PATH: `${process.env.PATH}:/usr/sbin:/sbin` } }).toString().trim()
  } catch {
    return null
  }
}

/** Debian's nginx: on the PATH (or /usr/sbin), at NGINX_PATH, or installed with apt-get when root. */
function ensureNginx({ log = console.log } = {}) {
  const found = process.env.NGINX_PATH || which("nginx")
  if (found && fs.existsSync(found)) return found
  if (process.getuid?.() === 0 && which("apt-get")) {
    log("Installing Debian's nginx for the cluster's proxy (apt-get)…")
    execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" })
    execFileSync("apt-get", ["install", "-y", "-qq", "nginx-light"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
    return which("nginx")
  }
  throw new Error("The cluster runs behind nginx: install it (Debian: apt-get install -y nginx-light) or set NGINX_PATH")
}

/** Writes the proxy's config for the given server ports under `prefix`; returns its path. */
function writeNginxConfig({ prefix, listen, serverPorts }) {
  fs.mkdirSync(prefix, { recursive: true })
  const template = fs.readFileSync(path.join(root, "deploy", "nginx", "kassa.conf.template"), "utf8")
  const servers = serverPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")
  const conf = template.replaceAll("{{PREFIX}}", prefix).replaceAll("{{LISTEN}}", String(listen)).replaceAll("{{SERVERS}}", servers)
  const file = path.join(prefix, "nginx.conf")
  fs.writeFileSync(file, conf)
  return file
}

/** Whether something accepts TCP connections at the URL's host and port. */
function reachable(url, timeoutMs = 1500) {
  const { hostname, port } = new URL(url)
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const done = (ok) => (socket.destroy(), resolve(ok))
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

/** `servers=3` → 3; at least one. */
function serversArg(args) {
  const given = args.find((a) => a.startsWith("servers="))
  const count = given ? Number(given.slice("servers=".length)) : 2
  if (!Number.isInteger(count) || count < 1 || count > 16) throw new Error(`servers must be a whole number from 1 to 16, not "${given}"`)
  return count
}

module.exports = { ensureNginx, writeNginxConfig, reachable, serversArg }

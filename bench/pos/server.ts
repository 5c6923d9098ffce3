import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

const root = path.resolve(__dirname, "../..")

export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

const tail = (file: string) => fs.readFileSync(file, "utf8").split("\n").slice(-30).join("\n")

/**
 * `node scripts/kassa.js start` as a user runs it (migrations, demo data check, builds if stale,
 * production server), in its own process group so that stopping it is what Ctrl-C does. It finds
 * the embedded cluster this script's `kassa.js exec` started and reuses it without stopping it.
 * With `cluster` it is `kassa.js cluster servers=N` instead (N servers and a worker on that Redis
 * URL, nginx on `port`). Its output goes to `logFile`, shown when it fails.
 */
export async function startServer(port: number, logFile: string, cluster?: { servers: number; redisUrl: string }) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NODE_ENV: "", ...(cluster ? { REDIS_URL: cluster.redisUrl } : {}) }
  delete env.DATABASE_URL
  const out = fs.openSync(logFile, "w")
  const args = cluster ? ["scripts/kassa.js", "cluster", `servers=${cluster.servers}`] : ["scripts/kassa.js", "start"]
  const child = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ["ignore", out, out] })
  fs.closeSync(out)
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  let gone = false
  exited.then(() => (gone = true))

  const base = `http://localhost:${port}`
  const started = Date.now()
  let ready = false
  while (!gone && !ready && Date.now() - started < 15 * 60_000) {
    ready = await fetch(`${base}/health`).then((r) => r.ok, () => false) // false: not listening yet
    if (!ready) await new Promise((r) => setTimeout(r, 250))
  }
  const stop = async () => {
    if (gone) return
    process.kill(-child.pid!, "SIGINT")
    const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 60_000)
    await exited
    clearTimeout(timer)
  }
  if (!ready) {
    await stop()
    throw new Error(`The server did not answer /health (see ${logFile}):\n${tail(logFile)}`)
  }
  return { base, pid: child.pid!, readyMs: Date.now() - started, stop }
}

/**
 * Kassa run as a retailer runs it: `node scripts/kassa.js <command>` in a child process of its
 * own process group (so that Ctrl-C, a SIGINT to the group, stops the server and its embedded
 * database together), and an admin API client for it. Shared by the tests under start/.
 */
import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import path from "node:path"

export const root = path.resolve(__dirname, "../..")

export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export type KassaRun = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/**
 * Spawns `kassa.js <command>` of the app at `app` (the project, or a copy of it). `env` is laid
 * over this process's; a key set to undefined is removed (DATABASE_URL: the embedded database).
 */
export function runKassa(command: string, env: NodeJS.ProcessEnv, app = root): KassaRun {
  const runEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "", ...env }
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete runEnv[k]
  const child = spawn(process.execPath, [path.join(app, "scripts", "kassa.js"), command], { cwd: app, env: runEnv, detached: true })
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Waits for the start banner; throws with the output's tail when the process exits first. */
export async function untilRunning(run: KassaRun) {
  const ready = await Promise.race([
    (async () => {
      while (!run.output().includes("Kassa is running")) await sleep(500)
      return true
    })(),
    run.exited.then(() => false),
  ])
  if (!ready) throw new Error(`Kassa exited before it ran:\n${run.output().slice(-6000)}`)
  return run
}

/** `npm start` on port `port` with the embedded database in `dataDir`, once it is running. */
export const startKassa = (port: number, dataDir: string, env: NodeJS.ProcessEnv = {}) =>
  untilRunning(runKassa("start", { PORT: String(port), KASSA_DATA_DIR: dataDir, DATABASE_URL: undefined, ...env }))

/** What a terminal's Ctrl-C does: SIGINT to the whole process group; resolves with the exit code. */
export async function stopKassa(run?: KassaRun | null) {
  if (!run || run.child.exitCode !== null || run.child.signalCode !== null) return run?.child.exitCode ?? null
  process.kill(-run.child.pid!, "SIGINT")
  return run.exited
}

/**
 * The Medusa server under kassa.js: its child whose command line is `medusa start` (in a cluster,
 * the one given PORT=`port`).
 */
export function serverPid(parent: number, port?: number) {
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1])
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")
      if (ppid !== parent || !cmd.some((a) => a.endsWith("medusa")) || !cmd.includes("start")) continue
      if (port === undefined || fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`PORT=${port}`)) return Number(pid)
    } catch {
      // exited meanwhile
    }
  }
  throw new Error(`No medusa server${port ? ` on port ${port}` : ""} under ${parent}`)
}

// Admin API bodies, read loosely: the assertions say what they must hold.
export type Body = Record<string, any>

/** An admin API client of the server at `base`; `signIn` keeps the token for later calls. */
export function adminApi(base: string) {
  let token = ""
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...headers, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let json: Body = {}
    try {
      json = text ? JSON.parse(text) : {}
    } catch {
      json = { text }
    }
    return { status: res.status, body: json }
  }
  return {
    call,
    base,
    async signIn(credentials: { email: string; password: string }) {
      const res = await call("POST", "/auth/user/emailpass", credentials)
      if (res.status !== 200) throw new Error(`Sign-in as ${credentials.email} answered ${res.status}: ${JSON.stringify(res.body)}`)
      token = res.body.token
    },
    async ok(method: string, url: string, body?: unknown, headers?: Record<string, string>) {
      const res = await call(method, url, body, headers)
      if (res.status !== 200 && res.status !== 201) throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`)
      return res.body
    },
  }
}

/**
 * Removing a feature plugin removes all of it and nothing else: the store is set up (migrated,
 * demo data) with every plugin, then a copy of the app without @kassa/warranty, and one without
 * @kassa/installments, each builds and starts on that same database as `npm start` does (the
 * admin bundle left out, the one thing that costs most and that this does not concern). Each
 * must answer the counter's API through a whole sale and every remaining plugin's routes.
 */
import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { appWithout, configWithout, root } from "../helpers/app-without"

jest.setTimeout(900000)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-without-"))
const admin = { email: "admin@example.com", password: "kassa-admin" }
const env = process.env
const databaseUrl = `postgres://${env.DB_USERNAME}:${encodeURIComponent(env.DB_PASSWORD ?? "")}@localhost:${env.DB_PORT}/kassa_without_plugin`

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/** `node <app>/scripts/kassa.js <command>` on the shared database, in its own process group. */
function kassa(app: string, command: string, extra: NodeJS.ProcessEnv = {}): Run {
  const runEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    KASSA_DATA_DIR: path.join(scratch, `data-${path.basename(app)}`),
    NODE_ENV: "",
    ...extra,
  }
  delete runEnv.PORT
  if (extra.PORT) runEnv.PORT = extra.PORT
  const child = spawn(process.execPath, [path.join(app, "scripts", "kassa.js"), command], { cwd: app, env: runEnv, detached: true })
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, output: () => output, exited }
}

async function started(run: Run) {
  const ready = await Promise.race([
    (async () => {
      while (!run.output().includes("Kassa is running")) await new Promise((r) => setTimeout(r, 500))
      return true
    })(),
    run.exited.then(() => false),
  ])
  if (!ready) throw new Error(`The app exited before it ran:\n${run.output().slice(-6000)}`)
}

const stop = async (run?: Run) => {
  if (run && run.child.exitCode === null) {
    process.kill(-run.child.pid!, "SIGINT")
    await run.exited
  }
}

// Admin API bodies, read loosely: the assertions say what they must hold.
type Body = Record<string, any>

function api(base: string) {
  let token = ""
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: res.status, body: (await res.json().catch(() => ({}))) as Body }
  }
  return {
    call,
    async signIn() {
      const res = await call("POST", "/auth/user/emailpass", admin)
      expect(res.status).toBe(200)
      token = res.body.token
    },
    async ok(method: string, url: string, body?: unknown, headers?: Record<string, string>) {
      const res = await call(method, url, body, headers)
      if (res.status !== 200 && res.status !== 201) throw new Error(`${method} ${url} answered ${res.status}: ${JSON.stringify(res.body)}`)
      return res.body
    },
  }
}

const PLUGIN_ROUTES: Record<string, string> = {
  audit: "/admin/kassa/audit/entries?limit=1",
  core: "/admin/kassa/branches",
  pos: "/admin/kassa/pos/sales?q=receipt&location_id=",
  installments: "/admin/kassa/installments/plans?limit=1",
  warranty: "/admin/kassa/warranty/claims?limit=1",
}

const BRANCH: Record<string, string> = { warranty: "Manila Branch", installments: "Cebu Branch" }

describe("the app without a feature plugin", () => {
  beforeAll(async () => {
    const setup = kassa(root, "setup")
    if ((await setup.exited) !== 0) throw new Error(`Setting the store up with every plugin failed:\n${setup.output().slice(-6000)}`)
  })

  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

  it("refuses to build a copy without a plugin the config does not list", () => {
    expect(() => configWithout('plugins: [{ resolve: "@kassa/core", options: {} },\n]', "@kassa/warranty")).toThrow(/no plugin entry/)
  })

  describe.each(["warranty", "installments"])("without @kassa/%s", (removed) => {
    let run: Run | undefined
    let client: ReturnType<typeof api>
    let base: string

    beforeAll(async () => {
      const app = appWithout(`@kassa/${removed}`, path.join(scratch, `app-without-${removed}`))
      const port = await freePort()
      run = kassa(app, "start", { PORT: String(port), KASSA_ADMIN_DISABLED: "true", KASSA_SEED: "false" })
      await started(run)
      base = `http://localhost:${port}`
      client = api(base)
      await client.signIn()
    })

    afterAll(() => stop(run))

    it("loads every other plugin, and not the removed one", async () => {
      const { plugins } = await client.ok("GET", "/admin/kassa/plugins")
      const ids = plugins.map((p: { id: string }) => p.id).sort()
      expect(ids).toEqual(Object.keys(PLUGIN_ROUTES).filter((id) => id !== removed).sort())
      const { stock_locations } = await client.ok("GET", "/admin/stock-locations?fields=id")
      for (const [id, url] of Object.entries(PLUGIN_ROUTES)) {
        const located = url.endsWith("location_id=") ? url + stock_locations[0].id : url
        expect([id, (await client.call("GET", located)).status]).toEqual([id, id === removed ? 404 : 200])
      }
    })

    it("serves the counter page, and its API carries a whole cash sale", async () => {
      const page = await fetch(`${base}/pos`)
      expect([page.status, await page.text()]).toEqual([200, expect.stringContaining("<title>Kassa counter</title>")])

      const { stock_locations } = await client.ok("GET", "/admin/stock-locations?fields=id,name")
      // Each run sells at a branch of its own: a register's drawer opens once.
      const location = stock_locations.find((l: { name: string }) => l.name === BRANCH[removed]).id
      const counter = await client.ok("GET", `/admin/kassa/pos/counter?location_id=${location}`)
      const tenders = counter.tenders.map((t: { id: string }) => t.id)
      expect(tenders).toEqual(expect.arrayContaining(["cash", "card"]))
      if (removed === "installments") expect(tenders).not.toContain("installment")
      const register_id = counter.registers[0].id
      await client.ok("POST", "/admin/kassa/pos/drawer-sessions", { register_id, denominations: { "1000": 2 } })

      const { variants } = await client.ok("GET", `/admin/kassa/pos/scan?location_id=${location}&q=Charger`)
      const item = variants.find((v: Body) => !v.serialized && v.barcode && v.available > 0 && v.price)
      const { ticket } = await client.ok("POST", "/admin/kassa/pos/tickets", { location_id: location, register_id })
      await client.ok("POST", `/admin/kassa/pos/tickets/${ticket.id}/lines`, { code: item.barcode, quantity: 1 })
      const { sale } = await client.ok(
        "POST",
        `/admin/kassa/pos/tickets/${ticket.id}/checkout`,
        { tenders: [{ method: "cash", tendered: 1000000 }] },
        { "idempotency-key": `without-${removed}` }
      )
      expect(Number(sale.total)).toBeCloseTo(item.price.amount, 2)
      const { order } = await client.ok("GET", `/admin/orders/${sale.order_id}?fields=id,payment_status`)
      expect(order.payment_status).toBe("captured")
    })
  })
})

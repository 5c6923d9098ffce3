/**
 * Removing a feature plugin removes all of it and nothing else: the store is set up (migrated,
 * demo data) with every plugin, then a copy of the app without @kassa/warranty, and one without
 * @kassa/installments, each builds and starts on that same database as `npm start` does (the
 * admin bundle left out, the one thing that costs most and that this does not concern). Each
 * must answer the counter's API through a whole sale and every remaining plugin's routes.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { appWithout, configWithout } from "../helpers/app-without"
import { adminApi, Body, freePort, KassaRun, root, runKassa, stopKassa, untilRunning } from "../helpers/kassa-process"

jest.setTimeout(900000)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-without-"))
const admin = { email: "admin@example.com", password: "kassa-admin" }
const env = process.env
const databaseUrl = `postgres://${env.DB_USERNAME}:${encodeURIComponent(env.DB_PASSWORD ?? "")}@localhost:${env.DB_PORT}/kassa_without_plugin`

/** `kassa.js <command>` of the app at `app` on the shared database. */
const kassa = (app: string, command: string, extra: NodeJS.ProcessEnv = {}) =>
  runKassa(command, { DATABASE_URL: databaseUrl, KASSA_DATA_DIR: path.join(scratch, `data-${path.basename(app)}`), PORT: undefined, ...extra }, app)

const PLUGIN_ROUTES: Record<string, string> = {
  audit: "/admin/kassa/audit/entries?limit=1",
  core: "/admin/kassa/branches",
  pos: "/admin/kassa/pos/sales?q=receipt&location_id=",
  installments: "/admin/kassa/installments/plans?limit=1",
  warranty: "/admin/kassa/warranty/claims?limit=1",
  printing: "/admin/kassa/printing/printers?limit=1",
  "store-credit": "/admin/kassa/store-credit/customers/cus_none",
  preorders: "/admin/kassa/preorders?limit=1",
  loyalty: "/admin/kassa/loyalty/customers/cus_none",
  stock: "/admin/kassa/stock/suppliers?limit=1",
  webhooks: "/admin/kassa/webhooks/subscriptions?limit=1",
  reports: "/admin/kassa/reports/dashboard",
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
    let run: KassaRun | undefined
    let client: ReturnType<typeof adminApi>
    let base: string

    beforeAll(async () => {
      const app = appWithout(`@kassa/${removed}`, path.join(scratch, `app-without-${removed}`))
      const port = await freePort()
      run = kassa(app, "start", { PORT: String(port), KASSA_ADMIN_DISABLED: "true", KASSA_SEED: "false" })
      await untilRunning(run)
      base = `http://localhost:${port}`
      client = adminApi(base)
      await client.signIn(admin)
    })

    afterAll(() => stopKassa(run))

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

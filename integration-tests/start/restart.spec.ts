/**
 * What a restart must not lose. Kassa runs as `npm start` does (a child process, embedded
 * PostgreSQL, demo data, no Redis), is stopped and started again on the same data:
 * - receipts queued while the printer is off: two sales are made with the printer off, it comes
 *   on while Kassa is down, and the queue, looked at as the server starts (no sale needed, nor the
 *   minute job), prints each receipt once, within seconds;
 * - sign-ins: the admin's cookie session (kept in PostgreSQL when there is no Redis) and a bearer
 *   token made before the stop still sign in after it.
 */
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminApi, freePort, KassaRun, sleep, startKassa, stopKassa } from "../helpers/kassa-process"

jest.setTimeout(15 * 60_000)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-print-restart-"))
const owner = { email: "owner@example.com", password: process.env.KASSA_DEMO_PASSWORD || "kassa-demo" }
// Attempts to spare while the printer is off (each waits longer than the last).
const env = { KASSA_PRINT_MAX_ATTEMPTS: "50", KASSA_PRINT_TIMEOUT_MS: "1000" }

type Json = Record<string, any>

/** The admin's way in: a sign-in's token turned into a cookie session (POST /auth/session). */
async function cookieSession(port: number) {
  const signIn = await fetch(`http://localhost:${port}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(owner) })
  const { token } = (await signIn.json()) as { token: string }
  const made = await fetch(`http://localhost:${port}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  // The session is stored as the answer ends (express-session holds its last byte back until then):
  // a request sent on its headers alone could arrive before the session it names.
  expect(made.status).toBe(200)
  await made.json()
  return String(made.headers.get("set-cookie")).split(";")[0]
}

const meWith = async (port: number, headers: Record<string, string>) => (await fetch(`http://localhost:${port}/admin/users/me`, { headers })).status

describe("a restart", () => {
  let started: KassaRun | null = null
  let printer: net.Server | null = null

  afterAll(async () => {
    await stopKassa(started)
    await new Promise((r) => (printer ? printer.close(r) : r(null)))
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("prints each receipt queued before it exactly once after it, and keeps the sign-ins made before it", async () => {
    const port = await freePort()
    const printerPort = await freePort() // nothing listens there yet: the printer is off
    const api = adminApi(`http://localhost:${port}`)
    started = await startKassa(port, dataDir, env)
    await api.signIn(owner)
    const cookie = await cookieSession(port)
    expect(await meWith(port, { cookie })).toBe(200)

    const { stock_locations } = await api.ok("GET", "/admin/stock-locations?fields=id,name&limit=50")
    const manila = (stock_locations as Json[]).find((l) => l.name.startsWith("Manila"))!
    const counter = await api.ok("GET", `/admin/kassa/pos/counter?location_id=${manila.id}`)
    const register_id = counter.registers[0].id as string
    await api.call("POST", "/admin/kassa/pos/drawer-sessions", { register_id, opening_float: 0 })
    await api.ok("POST", "/admin/kassa/printing/printers", { location_id: manila.id, register_id, name: "Counter 1", host: "127.0.0.1", port: printerPort })
    // A demo accessory (no serial numbers to type in), with stock to sell.
    const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
    const { variants } = await api.ok("GET", `/admin/product-variants?q=${encodeURIComponent(sku)}&fields=id,sku,inventory_items.inventory_item_id&limit=10`)
    const plain = (variants as Json[]).find((v) => v.sku === sku)!
    await api.ok("POST", `/admin/inventory-items/${plain.inventory_items[0].inventory_item_id}/location-levels/${manila.id}`, { stocked_quantity: 50 })

    const receipts: string[] = []
    for (let i = 0; i < 2; i++) {
      const { ticket } = await api.ok("POST", "/admin/kassa/pos/tickets", { location_id: manila.id, register_id })
      const { ticket: rung } = await api.ok("POST", `/admin/kassa/pos/tickets/${ticket.id}/lines`, { variant_id: plain.id, quantity: 1 })
      const tendered = Math.ceil(Number(rung.totals.total) / 500) * 500
      const { sale } = await api.ok("POST", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { tenders: [{ method: "cash", tendered }] }, { "idempotency-key": `restart-${i}` })
      receipts.push(sale.receipt_number)
    }
    // Both tried and refused before the stop.
    const jobs = async () => (await api.ok("GET", `/admin/kassa/printing/jobs?location_id=${manila.id}`)).print_jobs as Json[]
    const tried = async () => {
      const list = await jobs()
      return list.length === 2 && list.every((j) => j.last_error)
    }
    for (let tries = 0; tries < 100 && !(await tried()); tries++) await sleep(100)
    expect((await jobs()).map((j) => [j.status === "done", !!j.last_error])).toEqual([[false, true], [false, true]])
    expect(await stopKassa(started)).toBe(0)
    started = null

    // The printer comes on while Kassa is down.
    const prints: Buffer[] = []
    printer = net.createServer((socket) => {
      const chunks: Buffer[] = []
      socket.on("data", (c) => chunks.push(c))
      socket.on("end", () => (socket.end(), prints.push(Buffer.concat(chunks))))
    })
    await new Promise<void>((resolve) => printer!.listen(printerPort, "127.0.0.1", resolve))

    started = await startKassa(port, dataDir, env)
    const up = Date.now()
    // The queue is looked at as the server starts: both print well before the minute job's first tick could matter.
    for (let waited = 0; waited < 150_000 && prints.length < 2; waited += 250) await sleep(250)
    expect(Date.now() - up).toBeLessThan(15_000)
    // Signed in before the restart: the admin's cookie still answers, and so does the bearer token
    // `api` signed in with (no new sign-in: the job list below is read with it).
    expect(await meWith(port, { cookie })).toBe(200)
    await sleep(3000) // anything more would be a second print
    expect(prints.map((p) => receipts.filter((r) => p.includes(r)))).toEqual(expect.arrayContaining([[receipts[0]], [receipts[1]]]))
    expect(prints).toHaveLength(2)
    expect((await jobs()).map((j) => j.status)).toEqual(["done", "done"])
  })
})

/**
 * A crash mid-checkout loses nothing and doubles nothing. Kassa runs as `npm start` does (a
 * child process, embedded PostgreSQL, demo data) while four registers (two per branch) sell;
 * its server is killed with SIGKILL mid-way, started again on the same data, and every checkout
 * that got no answer is retried with its own Idempotency-Key and body. Two rounds. Then:
 *   - every order of these tickets is a complete sale (its ticket completed with that order and
 *     a receipt number); any other was undone and is gone;
 *   - stock per variant × branch = the start − the units of the complete sales;
 *   - each retried key completed exactly once (every answer for it names the same order);
 *   - no ticket has two orders.
 */
import { randomUUID } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { adminApi, freePort, KassaRun, serverPid, sleep, startKassa, stopKassa } from "../helpers/kassa-process"

jest.setTimeout(15 * 60_000)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-crash-"))
const POS = "/admin/kassa/pos"
const ROUNDS = 2
const owner = { email: "owner@example.com", password: process.env.KASSA_DEMO_PASSWORD || "kassa-demo" }

type Json = Record<string, any>
type Register = { location_id: string; register_id: string }
type Checkout = { key: string; ticket_id: string; body: Json; answers: { status: number; order_id?: string }[] }

describe("a crash mid-checkout", () => {
  let api: ReturnType<typeof adminApi>
  let started: KassaRun | null = null

  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const { status, body: json } = await api.call(method, url, body, headers)
    return { status, json }
  }
  const ok = (method: string, url: string, body?: unknown) => api.ok(method, url, body)
  const signIn = () => api.signIn(owner)
  let checkoutsInFlight = 0
  /** One attempt; status 0 when the server never answered (killed under it). */
  const checkoutOnce = async (c: Checkout) => {
    checkoutsInFlight++
    const answer = await call("POST", `${POS}/tickets/${c.ticket_id}/checkout`, c.body, { "idempotency-key": c.key }).catch(() => null)
    checkoutsInFlight--
    c.answers.push({ status: answer?.status ?? 0, order_id: answer?.json.sale?.order_id })
    return answer?.status ?? 0
  }

  afterAll(async () => {
    await stopKassa(started)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("undoes or completes every interrupted checkout, exactly once", async () => {
    const port = await freePort()
    api = adminApi(`http://localhost:${port}`)
    started = await startKassa(port, dataDir)
    await signIn()

    // Two branches, two registers each, drawers open.
    const { stock_locations } = await ok("GET", "/admin/stock-locations?fields=id,name&limit=50")
    const registers: Register[] = []
    for (const l of stock_locations as Json[]) {
      const counter = await call("GET", `${POS}/counter?location_id=${l.id}`)
      const ids = counter.status === 200 ? (counter.json.registers as Json[]).map((r) => r.id as string) : []
      if (ids.length >= 2 && registers.length < 4) registers.push(...ids.slice(0, 2).map((register_id) => ({ location_id: l.id, register_id })))
    }
    expect(registers).toHaveLength(4)
    for (const r of registers) await call("POST", `${POS}/drawer-sessions`, { register_id: r.register_id, opening_float: 0 })

    // Variants with stock at both branches; their levels before any sale.
    const locations = [...new Set(registers.map((r) => r.location_id))]
    const { variants } = await ok("GET", "/admin/product-variants?limit=2000&fields=id,manage_inventory,product.metadata,inventory_items.inventory_item_id,inventory_items.required_quantity")
    const itemOf = new Map<string, string>()
    // Plain stock: no serial numbers to type in (kassa_serialized), one item per unit.
    for (const v of variants as Json[]) if (v.manage_inventory && v.product?.metadata?.kassa_serialized !== true && v.inventory_items?.length === 1 && v.inventory_items[0].required_quantity === 1) itemOf.set(v.id, v.inventory_items[0].inventory_item_id)
    const levels = async (items: string[]) => {
      const out = new Map<string, number>()
      for (let i = 0; i < items.length; i += 50) {
        const query = items.slice(i, i + 50).map((id) => `id[]=${id}`).join("&")
        const { inventory_items } = await ok("GET", `/admin/inventory-items?${query}&limit=50&fields=id,location_levels.location_id,location_levels.stocked_quantity`)
        for (const item of inventory_items as Json[]) for (const l of item.location_levels) out.set(`${item.id}|${l.location_id}`, Number(l.stocked_quantity))
      }
      return out
    }
    const stocked = await levels([...new Set(itemOf.values())])
    const pool = (variants as Json[]).filter((v) => itemOf.has(v.id) && locations.every((l) => (stocked.get(`${itemOf.get(v.id)}|${l}`) ?? 0) >= 3)).slice(0, 12)
    expect(pool.length).toBeGreaterThanOrEqual(6)
    const before = await levels(pool.map((v) => itemOf.get(v.id)!))

    const checkouts: Checkout[] = []
    let sold = 0
    for (let round = 1; round <= ROUNDS; round++) {
      // Four registers selling back to back: open, scan two, pay cash; the server dies mid-way.
      let running = true
      const soldAtStart = sold
      const lanes = registers.map(async (register, lane) => {
        for (let n = 0; running; n++) {
          const opened = await call("POST", `${POS}/tickets`, register).catch(() => null)
          if (opened?.status !== 201) break
          const ticket_id = opened.json.ticket.id as string
          let total = 0
          for (const v of [pool[(lane * 3 + n) % pool.length], pool[(lane * 3 + n + 1) % pool.length]]) {
            const scanned = await call("POST", `${POS}/tickets/${ticket_id}/lines`, { variant_id: v.id, quantity: 1 }).catch(() => null)
            if (scanned?.status !== 200) return
            total = Number(scanned.json.ticket.totals.total)
          }
          const c: Checkout = { key: randomUUID(), ticket_id, body: { tenders: [{ method: "cash", tendered: Math.ceil(total / 500) * 500 }] }, answers: [] }
          checkouts.push(c)
          if ((await checkoutOnce(c)) === 200) sold++
        }
      })
      let lanesEnded = false
      const ended = Promise.all(lanes).then(() => (lanesEnded = true))
      while (sold - soldAtStart < 6 && !lanesEnded) await sleep(100)
      expect(sold - soldAtStart).toBeGreaterThanOrEqual(6) // the registers sold before the crash
      // Killed while checkouts are under way, a few milliseconds into them: mid-workflow.
      while (checkoutsInFlight === 0 && !lanesEnded) await sleep(1)
      await sleep(Math.random() * 40)
      process.kill(-serverPid(started.child.pid!), "SIGKILL")
      running = false
      await ended
      await started.exited // kassa.js stops its database when the server dies
      started = await startKassa(port, dataDir)
      await signIn()

      // Every checkout that got no answer, retried with its key and body until it answers for good.
      for (const c of checkouts.filter((c) => !c.answers.some((a) => a.status === 200 || a.status === 409))) {
        const deadline = Date.now() + 150_000
        let status = await checkoutOnce(c)
        // 409 "already under way": the crashed checkout's lease has not expired yet.
        while (status !== 200 && Date.now() < deadline) {
          await sleep(2000)
          status = await checkoutOnce(c)
        }
        expect(status).toBe(200)
      }
    }

    // Every key answered with one order at most, and all its 200s name that order.
    const tickets = new Map<string, Json>()
    for (const c of checkouts) {
      const orders = new Set(c.answers.filter((a) => a.status === 200).map((a) => a.order_id))
      expect(orders.size).toBeLessThanOrEqual(1)
      tickets.set(c.ticket_id, (await ok("GET", `${POS}/tickets/${c.ticket_id}`)).ticket)
      const [order] = [...orders]
      if (order) expect(tickets.get(c.ticket_id)).toMatchObject({ status: "completed", order_id: order, receipt_number: expect.any(String) })
    }
    expect(checkouts.some((c) => c.answers[0].status === 0)).toBe(true) // a crash did interrupt checkouts

    // Orders of these tickets: each is its ticket's completed sale; no ticket has two.
    const { orders } = await ok("GET", "/admin/orders?limit=1000&fields=id,metadata")
    const perTicket = new Map<string, string[]>()
    for (const o of orders as Json[]) {
      const ticket = o.metadata?.kassa?.ticket_id as string | undefined
      if (ticket && tickets.has(ticket)) perTicket.set(ticket, [...(perTicket.get(ticket) ?? []), o.id])
    }
    for (const [ticket, ids] of perTicket) {
      expect(ids).toHaveLength(1)
      expect(tickets.get(ticket)).toMatchObject({ status: "completed", order_id: ids[0], receipt_number: expect.any(String) })
    }

    // Stock: the start minus the units of the complete sales, per variant × branch.
    const expected = new Map(before)
    for (const t of tickets.values()) {
      if (t.status !== "completed") continue
      for (const line of t.lines as Json[]) {
        const k = `${itemOf.get(line.variant_id)}|${t.stock_location_id}`
        expected.set(k, expected.get(k)! - Number(line.quantity))
      }
    }
    expect(Object.fromEntries(await levels(pool.map((v) => itemOf.get(v.id)!)))).toEqual(Object.fromEntries(expected))
  })
})

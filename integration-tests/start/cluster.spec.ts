/**
 * Kassa as several servers: `npm run start:cluster` (two server processes and a worker over
 * Redis, nginx in front, the embedded PostgreSQL and demo data), with registers talking to
 * either server. Needs Redis (KASSA_TEST_REDIS_URL, which CI sets when Redis answers) and nginx
 * (installed by the cluster script with apt-get when missing).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import Redis from "ioredis"
import { type Api, CounterLoad, type Json, openRegisters, POS, type Register } from "../helpers/counter-load"
import { adminApi, freePort, type KassaRun, runKassa, serverPid, sleep, stopKassa, untilRunning } from "../helpers/kassa-process"
import { redisDatabase } from "../helpers/redis"

jest.setTimeout(20 * 60_000)

const redisUrl = process.env.KASSA_TEST_REDIS_URL && redisDatabase(process.env.KASSA_TEST_REDIS_URL, 2)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-cluster-"))
const owner = { email: "owner@example.com", password: process.env.KASSA_DEMO_PASSWORD || "kassa-demo" }

;(redisUrl ? describe : describe.skip)("two servers and a worker on Redis, behind nginx", () => {
  let cluster: KassaRun | null = null
  let port: number
  let proxy: Api, a: Api, b: Api
  let registers: Register[]

  beforeAll(async () => {
    const redis = new Redis(redisUrl!)
    await redis.flushdb() // nothing queued by an earlier run
    redis.disconnect()
    port = await freePort()
    // Short leases: a checkout cut off with its server is taken over seconds later, not 30 s.
    cluster = await untilRunning(runKassa("cluster", { PORT: String(port), KASSA_DATA_DIR: dataDir, DATABASE_URL: undefined, REDIS_URL: redisUrl, KASSA_LEASE_SECONDS: "5" }))
    ;[proxy, a, b] = [port, port + 1, port + 2].map((p) => adminApi(`http://localhost:${p}`))
    for (const api of [proxy, a, b]) await api.signIn(owner)
    registers = await openRegisters(proxy)
    expect(registers).toHaveLength(4)
  })

  afterAll(async () => {
    await stopKassa(cluster)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const ticketWith = async (api: Api, register: Register, variantId: string) => {
    const { ticket } = await api.ok("POST", `${POS}/tickets`, register)
    await api.ok("POST", `${POS}/tickets/${ticket.id}/lines`, { variant_id: variantId, quantity: 1 })
    return ticket.id as string
  }
  const checkout = (api: Api, ticketId: string, key: string) =>
    api.call("POST", `${POS}/tickets/${ticketId}/checkout`, { tenders: [{ method: "cash", tendered: 10_000_000 }] }, { "idempotency-key": key })

  it("serves through nginx and from each server, and an admin's cookie session from one server is known to the other", async () => {
    expect(cluster!.output()).toMatch(/Servers on ports \d+, \d+, the worker on \d+, nginx on \d+/)
    for (const api of [proxy, a, b]) expect((await api.call("GET", "/admin/kassa/me")).status).toBe(200)
    const token = await signedInToken(a.base)
    const made = await fetch(`${a.base}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
    await made.json() // stored as the answer ends
    const cookie = String(made.headers.get("set-cookie")).split(";")[0]
    expect((await fetch(`${b.base}/admin/users/me`, { headers: { cookie } })).status).toBe(200)
  })

  it("sells the last unit once when both servers sell it at the same moment, and one key makes one sale on either", async () => {
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    const [manila1, manila2] = registers
    for (let round = 0; round < 3; round++) {
      // The last unit at Manila: one available, whatever is reserved.
      const v = load.pool[round]
      const item = v.inventory_items[0].inventory_item_id as string
      const { inventory_levels } = await proxy.ok("GET", `/admin/inventory-items/${item}/location-levels?location_id=${manila1.location_id}`)
      await proxy.ok("POST", `/admin/inventory-items/${item}/location-levels/${manila1.location_id}`, { stocked_quantity: Number(inventory_levels[0].reserved_quantity) + 1 })
      const [t1, t2] = [await ticketWith(a, manila1, v.id), await ticketWith(b, manila2, v.id)]
      const answers = await Promise.all([checkout(a, t1, `last-${round}-a`), checkout(b, t2, `last-${round}-b`)])
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    }

    // A double click that reached both servers: one sale, and both 200s name it.
    const ticket = await ticketWith(proxy, manila1, load.pool[3].id)
    const answers = await Promise.all([checkout(a, ticket, "both-servers"), checkout(b, ticket, "both-servers")])
    expect(answers.every((r) => r.status === 200 || r.status === 409)).toBe(true)
    const retried = await checkout(proxy, ticket, "both-servers")
    expect(retried.status).toBe(200)
    const orders = new Set([...answers, retried].filter((r) => r.status === 200).map((r) => r.body.sale.order_id))
    expect(orders.size).toBe(1)
  })

  it("numbers receipts without a gap at a branch whose sales alternate between the servers", async () => {
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    const numbers: number[] = []
    for (let i = 0; i < 6; i++) {
      const api = i % 2 ? b : a
      const ticket = await ticketWith(api, registers[i % 2], load.pool[4 + (i % 4)].id)
      const { status, body } = await checkout(api, ticket, `gapless-${i}`)
      expect(status).toBe(200)
      numbers.push(Number(/(\d+)$/.exec(body.sale.receipt_number)![1]))
    }
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0] + i))
  })

  it("shows a sale rung up on one server on the customer display that follows the register on the other", async () => {
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    const register = registers[2]
    const feed = await fetch(`${a.base}${POS}/registers/${register.register_id}/display`, { headers: { authorization: `Bearer ${await signedInToken(a.base)}` } })
    expect(feed.status).toBe(200)
    const reader = feed.body!.getReader()
    const ticket = await ticketWith(b, register, load.pool[0].id)
    let seen = ""
    const deadline = Date.now() + 15_000
    while (!seen.includes(ticket) && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), sleep(15_000).then(() => ({ done: true, value: undefined }))])
      if (chunk.done) break
      seen += Buffer.from(chunk.value!).toString()
    }
    await reader.cancel()
    expect(seen).toContain(ticket)
  })

  it("never loses a sale to a drawer closed on the other server at the same moment: in the Z report or refused", async () => {
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    const register = registers[3]
    const { drawer_sessions } = await proxy.ok("GET", `${POS}/drawer-sessions?location_id=${register.location_id}&register_id=${register.register_id}&status=open`)
    const tickets: string[] = []
    for (let i = 0; i < 4; i++) tickets.push(await ticketWith(b, register, load.pool[i].id))
    const [close, ...sales] = await Promise.all([
      a.call("POST", `${POS}/drawer-sessions/${drawer_sessions[0].id}/close`, { counted_cash: 0 }),
      ...tickets.map((t, i) => checkout(b, t, `close-race-${i}`)),
    ])
    expect(close.status).toBe(200)
    expect(sales.every((r) => [200, 400, 409].includes(r.status))).toBe(true)
    expect(close.body.z_report.figures.sales.count).toBe(sales.filter((r) => r.status === 200).length)
    await proxy.ok("POST", `${POS}/drawer-sessions`, { register_id: register.register_id, opening_float: 0 }) // the next test sells there
  })

  it("loses and doubles nothing when one server is killed mid-checkout: its registers carry on through nginx", async () => {
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    // Registers 0 and 2 on server a, 1 and 3 on server b.
    const { ended, stop } = load.run((lane) => (lane % 2 ? b : a))
    await load.midCheckout(6, ended, a)
    process.kill(-serverPid(cluster!.child.pid!, port + 1), "SIGKILL") // its process group: the instance and any child
    await sleep(1000)
    await stop()
    await load.retryUnanswered(proxy)
    expect(await load.verify(proxy)).toBeGreaterThan(0) // the kill did cut checkouts off
    // nginx sends everything to the server left, and the worker still runs the jobs.
    for (let i = 0; i < 5; i++) expect((await proxy.call("GET", "/admin/kassa/me")).status).toBe(200)
  })
})

/** A fresh sign-in's token at `base`, for what the API client cannot do (a cookie, a stream). */
async function signedInToken(base: string) {
  const res = await fetch(`${base}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(owner) })
  return ((await res.json()) as { token: string }).token
}

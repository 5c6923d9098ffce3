/**
 * Kassa as several servers: `npm run start:cluster` (two server processes and a worker over
 * Redis, nginx in front, the embedded PostgreSQL and demo data), with registers talking to
 * either server: the suite's concurrency cases (last unit, one key, gapless receipts, a drawer
 * closing, store credit and points debits, an approval) with each side on another server. Needs Redis (KASSA_TEST_REDIS_URL, which CI sets when Redis answers) and nginx
 * (installed by the cluster script with apt-get when missing).
 */
import fs from "node:fs"
import net from "node:net"
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

  it("prints each receipt once though its sales went through both servers: the queue runs once in the cluster", async () => {
    const prints: Buffer[] = []
    const printer = net.createServer((socket) => {
      const chunks: Buffer[] = []
      socket.on("data", (c) => chunks.push(c))
      socket.on("end", () => (socket.end(), prints.push(Buffer.concat(chunks))))
    })
    await new Promise<void>((resolve) => printer.listen(0, "127.0.0.1", resolve))
    try {
      const register = registers[0]
      await proxy.ok("POST", "/admin/kassa/printing/printers", { ...register, name: "Cluster counter", host: "127.0.0.1", port: (printer.address() as net.AddressInfo).port })
      const load = new CounterLoad(registers)
      await load.stockUp(proxy)
      const receipts: string[] = []
      for (let i = 0; i < 6; i++) {
        const api = i % 2 ? b : a
        const { status, body } = await checkout(api, await ticketWith(api, register, load.pool[i].id), `printed-${i}`)
        expect(status).toBe(200)
        receipts.push(body.sale.receipt_number)
      }
      for (let waited = 0; waited < 60_000 && prints.length < receipts.length; waited += 250) await sleep(250)
      await sleep(3000) // anything more would be a second print
      expect(prints.map((p) => receipts.filter((r) => p.includes(r))).sort()).toEqual(receipts.map((r) => [r]).sort())
    } finally {
      await new Promise((r) => printer.close(r))
    }
  })

  /** A new customer, and a ticket for them at `register` with one unit of `variantId`, made on `api`. */
  let customerSeq = 0
  const newCustomer = async () => {
    customerSeq++
    const { customer } = await proxy.ok("POST", `${POS}/customers`, {
      first_name: "Dana",
      last_name: `Cluster ${customerSeq}`,
      phone: `0917 700 ${String(1000 + customerSeq)}`,
      email: `dana.cluster${customerSeq}@example.com`,
    })
    return customer.id as string
  }
  const customerTicket = async (api: Api, register: Register, variantId: string, customerId: string) => {
    const ticket = await ticketWith(api, register, variantId)
    await api.ok("POST", `${POS}/tickets/${ticket}`, { customer_id: customerId })
    return ticket
  }
  /** The same customer's two sales, one on each server at the same moment, paid with `tenders`. */
  const twoSalesAtOnce = async (customerId: string, tenders: Json[], key: string) => {
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    const [t1, t2] = [await customerTicket(a, registers[0], load.pool[0].id, customerId), await customerTicket(b, registers[1], load.pool[1].id, customerId)]
    return Promise.all(
      [[a, t1], [b, t2]].map(([api, t], i) => (api as Api).call("POST", `${POS}/tickets/${t}/checkout`, { tenders }, { "idempotency-key": `${key}-${i}` }))
    )
  }

  it("spends a customer's store credit once when two servers take all of it at the same moment", async () => {
    const customer = await newCustomer()
    await proxy.ok("POST", `/admin/kassa/store-credit/customers/${customer}/credits`, { location_id: registers[0].location_id, amount: 500, reason: "Cluster test credit" })
    const answers = await twoSalesAtOnce(customer, [{ method: "store_credit", amount: 500 }, { method: "cash", tendered: 10_000_000 }], "credit-race")
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400])
    const { accounts } = await proxy.ok("GET", `/admin/kassa/store-credit/customers/${customer}`)
    expect(accounts.map((x: Json) => Number(x.balance))).toEqual([0])
  })

  it("spends a member's points once when two servers take all of them at the same moment", async () => {
    const customer = await newCustomer()
    const location_id = registers[0].location_id
    await proxy.ok("POST", `/admin/kassa/loyalty/customers/${customer}/enrol`, { location_id, marketing_consent: true })
    await proxy.ok("POST", `/admin/kassa/loyalty/customers/${customer}/adjust`, { location_id, points: 100, reason: "Cluster test points" })
    const answers = await twoSalesAtOnce(customer, [{ method: "loyalty_points", amount: 100 }, { method: "cash", tendered: 10_000_000 }], "points-race")
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400])
    const { history } = await proxy.ok("GET", `/admin/kassa/loyalty/customers/${customer}`)
    expect(history.filter((e: Json) => e.type === "redeem").map((e: Json) => e.points)).toEqual([-100])
  })

  it("decides an installment application once when two credit officers on different servers approve it at the same moment", async () => {
    const officers = [adminApi(a.base), adminApi(b.base)]
    await officers[0].signIn({ email: "credit@example.com", password: owner.password })
    await officers[1].signIn({ email: "credit.senior@example.com", password: owner.password })
    const load = new CounterLoad(registers)
    await load.stockUp(proxy)
    const ticket = await customerTicket(proxy, registers[0], load.pool[2].id, await newCustomer())
    const { ticket: view } = await proxy.ok("GET", `${POS}/tickets/${ticket}`)
    const total = Math.round(Number(view.totals.total) * 100)
    const credit = { id_type: "UMID", id_number: "0028-1234567-8", address_line: "12 Mabini Street", city: "Makati", phone: "+639171234567" }
    const { sale } = await proxy.ok("POST", `${POS}/tickets/${ticket}/checkout`, {
      tenders: [{ method: "installment", amount: Math.round(total * 0.7) / 100, data: { term_months: 6, credit } }, { method: "cash", tendered: total / 100 }],
    }, { "idempotency-key": "installment-race" })
    const { plans } = await proxy.ok("GET", `/admin/kassa/installments/plans?order_id=${sale.order_id}`)
    expect(plans.map((p: Json) => p.status)).toEqual(["pending_approval"])
    const answers = await Promise.all(officers.map((o, i) => o.call("POST", `/admin/kassa/installments/plans/${plans[0].id}/approve`, { note: `Approval ${i + 1}` })))
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400])
    const { plan } = await proxy.ok("GET", `/admin/kassa/installments/plans/${plans[0].id}`)
    expect([plan.status, plan.decision_note]).toEqual(["active", answers.find((r) => r.status === 200)!.body.plan.decision_note])
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

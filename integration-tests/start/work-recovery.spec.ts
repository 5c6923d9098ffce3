/**
 * Money-moving work that a crash interrupts ends whole or not at all. Kassa runs as `npm start`
 * does (embedded PostgreSQL, demo data) with KASSA_FAILPOINT set: the server kills itself
 * (SIGKILL, no compensation) at that point of a void or a return; it starts again with the next
 * failpoint, recovery (the sweep, or the retry with the same Idempotency-Key) finishes or undoes
 * the run, and the retry answers. Then:
 *   - a void: the sale void, its order canceled, its units back once, its payments refunded once;
 *   - a return killed before the units were received: Medusa's return canceled, nothing restocked
 *     or refunded — and the retry takes it anew;
 *   - a return killed after they were received: finished — one record, one refund of its total,
 *     the units back once, its refund slip printed (recovery announces it as the workflow does);
 *   - an exchange killed after the new unit was handed over: finished — one exchange, the units
 *     moved once, the difference settled once;
 *   - a replacement killed after its unit left the shelf: undone — the unit back, the claim in
 *     progress — and the retry replaces it once;
 *   - a collection killed after its payment committed: finished — the retry gets that payment;
 *   - every retry answers what the first answer would have said.
 */
import { randomUUID } from "node:crypto"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { adminApi, freePort, KassaRun, sleep, startKassa, stopKassa } from "../helpers/kassa-process"

// Seven starts of Kassa (~30 s each on an idle machine, much more on a loaded one).
jest.setTimeout(20 * 60_000)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-work-"))
const POS = "/admin/kassa/pos"
const owner = { email: "owner@example.com", password: process.env.KASSA_DEMO_PASSWORD || "kassa-demo" }
// A crashed run's lease runs out while the server restarts; the sweep looks every 2 s.
const FAST = { KASSA_LEASE_SECONDS: "5", KASSA_WORK_SWEEP_SECONDS: "2" }

type Json = Record<string, any>

describe("work a crash interrupts", () => {
  let api: ReturnType<typeof adminApi>
  let started: KassaRun | null = null
  let port = 0

  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const { status, body: json } = await api.call(method, url, body, headers)
    return { status, json }
  }
  const ok = (method: string, url: string, body?: unknown) => api.ok(method, url, body)
  /** One attempt; status 0 when the server never answered (it killed itself under it). */
  const attempt = (method: string, url: string, body: unknown, key: string) => call(method, url, body, { "idempotency-key": key }).catch(() => ({ status: 0, json: {} as Json }))
  /** Starts Kassa (again) on the same data, with `failpoint` armed (or none). */
  const restart = async (failpoint?: string) => {
    if (started) await started.exited // kassa.js stops its database when the server dies
    started = await startKassa(port, dataDir, { ...FAST, KASSA_FAILPOINT: failpoint ?? "" })
    await api.signIn(owner)
  }
  const crashed = async (answer: { status: number }, failpoint: string) => {
    expect(answer.status).toBe(0)
    await started!.exited
    expect(started!.output()).toContain(`KASSA_FAILPOINT ${failpoint}`)
  }
  const until = async <T>(what: () => Promise<T | null | undefined | false>, seconds = 60) => {
    const deadline = Date.now() + seconds * 1000
    for (;;) {
      const got = await what()
      if (got) return got
      if (Date.now() > deadline) throw new Error(`Not reached in ${seconds} s: ${what}\n${started?.output().slice(-4000)}`)
      await sleep(500)
    }
  }

  afterAll(async () => {
    await stopKassa(started)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("finishes or undoes interrupted voids, returns, exchanges, replacements and collections, exactly once", async () => {
    port = await freePort()
    api = adminApi(`http://localhost:${port}`)
    await restart("void:stock-restored")

    // A Manila register with its drawer open (its manager approves the installment plan below).
    const { stock_locations } = await ok("GET", "/admin/stock-locations?fields=id,name&limit=50")
    const location_id = (stock_locations as Json[]).find((l) => /manila/i.test(l.name))!.id as string
    const register_id = (await ok("GET", `${POS}/counter?location_id=${location_id}`)).registers[0].id as string
    await ok("POST", `${POS}/drawer-sessions`, { register_id, opening_float: 0 })
    const { variants } = await ok("GET", "/admin/product-variants?limit=600&fields=id,manage_inventory,product.metadata,inventory_items.inventory_item_id,inventory_items.required_quantity")
    const level = async (item: string) => {
      const { inventory_item } = await ok("GET", `/admin/inventory-items/${item}?fields=id,location_levels.location_id,location_levels.stocked_quantity`)
      return Number((inventory_item.location_levels as Json[]).find((l) => l.location_id === location_id)?.stocked_quantity ?? NaN)
    }
    // Two plain variants (no serials) and a phone sold with serial numbers, each with units here.
    const plain: Json[] = []
    let phone: Json | null = null
    for (const v of variants as Json[]) {
      if (!v.manage_inventory || v.inventory_items?.length !== 1 || v.inventory_items[0].required_quantity !== 1) continue
      const serialized = v.product?.metadata?.kassa_serialized === true
      if ((serialized ? phone : plain.length >= 2) || (await level(v.inventory_items[0].inventory_item_id)) < 5) continue
      if (serialized) phone = v
      else plain.push(v)
      if (phone && plain.length >= 2) break
    }
    expect([plain.length, !!phone]).toEqual([2, true])
    const [variant, swapped] = plain
    const itemOf = (v: Json) => v.inventory_items[0].inventory_item_id as string
    const item = itemOf(variant)

    /** A sale of one unit paid in cash: its order, what it cost, and its order line. */
    const sell = async (of: Json = variant, serial?: string) => {
      const ticket = (await ok("POST", `${POS}/tickets`, { location_id, register_id })).ticket
      const scanned = await ok("POST", `${POS}/tickets/${ticket.id}/lines`, { variant_id: of.id, quantity: 1 })
      if (serial) await ok("POST", `${POS}/tickets/${ticket.id}/lines/${scanned.ticket.lines[0].id}`, { serial_numbers: [serial] })
      const total = Number(scanned.ticket.totals.total)
      const { sale } = await api.ok("POST", `${POS}/tickets/${ticket.id}/checkout`, { tenders: [{ method: "cash", tendered: Math.ceil(total) }] }, { "idempotency-key": randomUUID() })
      const { order } = await ok("GET", `/admin/orders/${sale.order_id}?fields=id,items.id`)
      return { ticket_id: ticket.id as string, order_id: sale.order_id as string, total, item_id: order.items[0].id as string }
    }
    const moneyOf = async (order_id: string) => {
      const { order } = await ok("GET", `/admin/orders/${order_id}?fields=id,status,payment_collections.payments.captures.amount,payment_collections.payments.refunds.amount,returns.id,returns.status`)
      const payments = (order.payment_collections as Json[]).flatMap((c) => c.payments as Json[])
      const sum = (xs: Json[]) => Math.round(xs.reduce((s, x) => s + Number(x.amount), 0) * 100) / 100
      return { status: order.status as string, captured: sum(payments.flatMap((p) => p.captures)), refunded: sum(payments.flatMap((p) => p.refunds)), returns: order.returns as Json[] }
    }
    const voided = await sell()
    const returned = await sell()
    const exchanged = await sell()
    const stockAfterSales = await level(item)

    // A phone sold with its serial number, and a replacement claim on it being worked on.
    const serial = `SN-${randomUUID().slice(0, 8)}`
    await sell(phone!, serial)
    const { claim } = await ok("POST", "/admin/kassa/warranty/claims", { location_id, type: "replacement", serial_number: serial, issue: "Screen flickers" })
    await ok("POST", `/admin/kassa/warranty/claims/${claim.id}`, { status: "in_progress" })

    // An installment sale, approved by the branch's manager: an active plan to collect on.
    const { customer } = await ok("POST", `${POS}/customers`, { first_name: "Maria", last_name: "Credito", phone: "0917 600 1001", email: "maria.credito@example.com" })
    const instTicket = (await ok("POST", `${POS}/tickets`, { location_id, register_id })).ticket
    await ok("POST", `${POS}/tickets/${instTicket.id}/lines`, { variant_id: swapped.id, quantity: 1 })
    const instView = (await ok("POST", `${POS}/tickets/${instTicket.id}`, { customer_id: customer.id })).ticket
    const instTotal = Number(instView.totals.total)
    const financed = Math.round(instTotal * 70) / 100
    const credit = { id_type: "UMID", id_number: "0028-1234567-8", address_line: "12 Mabini Street, Barangay San Isidro", city: "Makati", phone: "+639171234567" }
    const instSale = await api.ok("POST", `${POS}/tickets/${instTicket.id}/checkout`, {
      tenders: [{ method: "installment", amount: financed, data: { term_months: 6, credit } }, { method: "cash", tendered: Math.ceil(instTotal) }],
    }, { "idempotency-key": randomUUID() })
    const { plans } = await ok("GET", `/admin/kassa/installments/plans?order_id=${instSale.sale.order_id}`)
    const manager = adminApi(api.base)
    await manager.signIn({ email: "manager.mnl@example.com", password: owner.password })
    await manager.ok("POST", `/admin/kassa/installments/plans/${plans[0].id}/approve`, { note: "Stable income" })

    // 1. A void killed after the units went back, before the ticket and the order were touched.
    const voidKey = randomUUID()
    const voidBody = { reason: "Rang up twice" }
    await crashed(await attempt("POST", `${POS}/sales/${voided.order_id}/void`, voidBody, voidKey), "void:stock-restored")
    await restart("return:begun")
    // The sweep finishes it without anyone asking…
    await until(async () => /interrupted pos\.void \S+ was finished/.test(started!.output()))
    expect((await ok("GET", `${POS}/tickets/${voided.ticket_id}`)).ticket.status).toBe("voided")
    // …and the retry answers the voided sale.
    const voidRetry = await until(async () => {
      const r = await attempt("POST", `${POS}/sales/${voided.order_id}/void`, voidBody, voidKey)
      return r.status === 409 ? null : r
    })
    expect(voidRetry.status).toBe(200)
    expect(voidRetry.json.sale).toMatchObject({ order_id: voided.order_id })
    const voidMoney = await until(async () => {
      const m = await moneyOf(voided.order_id)
      return m.status === "canceled" && m
    })
    expect(voidMoney.refunded).toBe(voidMoney.captured)
    expect(await level(item)).toBe(stockAfterSales + 1)
    // The same key with another body is refused.
    expect((await attempt("POST", `${POS}/sales/${voided.order_id}/void`, { reason: "Something else" }, voidKey)).status).toBe(409)

    // 2. A return killed once Medusa's return was begun: undone (canceled), then run anew by the retry,
    const returnKey = randomUUID()
    const returnBody = { order_id: returned.order_id, register_id, reason: "Changed mind", items: [{ item_id: returned.item_id, quantity: 1, condition: "resellable" }], refund: { method: "cash" } }
    await crashed(await attempt("POST", `${POS}/returns`, returnBody, returnKey), "return:begun")
    await restart("return:received")
    await until(async () => /interrupted pos\.return \S+ was undone/.test(started!.output()))
    // Medusa's return request was dropped with its order change: no return stands.
    expect((await moneyOf(returned.order_id)).returns.filter((r) => r.status !== "canceled")).toEqual([])
    expect(await level(item)).toBe(stockAfterSales + 1)
    expect((await moneyOf(returned.order_id)).refunded).toBe(0)
    // 3. which is killed in its turn once the units are received, before Kassa's record and the refund.
    // Its refund slip goes to the branch's return_slip printer (a listener here, across the restarts).
    const slips: string[] = []
    const slipPrinter = net.createServer((socket) => {
      const chunks: Buffer[] = []
      socket.on("data", (c) => chunks.push(c))
      socket.on("end", () => (socket.end(), slips.push(Buffer.concat(chunks).toString("latin1"))))
    })
    await new Promise<void>((resolve) => slipPrinter.listen(0, "127.0.0.1", resolve))
    const returnsDesk = await ok("POST", "/admin/kassa/printing/printers", { location_id, name: "Returns desk", host: "127.0.0.1", port: (slipPrinter.address() as net.AddressInfo).port, role: "report" })
    await ok("POST", "/admin/kassa/printing/routing", { location_id, task: "return_slip", printer_id: returnsDesk.printer.id })
    await crashed(await attempt("POST", `${POS}/returns`, returnBody, returnKey), "return:received")
    await restart("exchange:handed-over")
    const returnRetry = await until(async () => {
      const r = await attempt("POST", `${POS}/returns`, returnBody, returnKey)
      return r.status === 409 ? null : r
    })
    expect(returnRetry.status).toBe(201)
    const record = returnRetry.json.return
    expect(record).toMatchObject({ order_id: returned.order_id, number: expect.stringMatching(/-R1$/) })
    // Whole and once: one received return (the first attempt's is gone), its refund, its unit back.
    const returnMoney = await moneyOf(returned.order_id)
    expect(returnMoney.returns.filter((r) => r.status !== "canceled").map((r) => r.status)).toEqual(["received"])
    expect(returnMoney.refunded).toBe(Number(record.refund_total))
    expect(Number(record.refund_total)).toBeGreaterThan(0)
    expect(await level(item)).toBe(stockAfterSales + 2)
    const again = await attempt("POST", `${POS}/returns`, returnBody, returnKey)
    expect([again.status, again.json.return?.id]).toEqual([201, record.id])
    await until(async () => slips.some((slip) => slip.includes(record.number)))
    await new Promise((resolve) => slipPrinter.close(resolve))

    // 4. An exchange killed after the new unit was handed over, before Kassa's record and the difference: finished.
    const swappedBefore = await level(itemOf(swapped))
    const exchangeKey = randomUUID()
    const exchangeBody = {
      order_id: exchanged.order_id,
      register_id,
      reason: "Wants the other one",
      return_items: [{ item_id: exchanged.item_id, quantity: 1, condition: "resellable" }],
      new_items: [{ variant_id: swapped.id, quantity: 1 }],
      refund: { method: "cash" },
      payment: { method: "cash", tendered: 1_000_000 },
    }
    await crashed(await attempt("POST", `${POS}/exchanges`, exchangeBody, exchangeKey), "exchange:handed-over")
    await restart("replacement:stock-taken")
    await until(async () => /interrupted pos\.exchange \S+ was finished/.test(started!.output()))
    const exchangeRetry = await attempt("POST", `${POS}/exchanges`, exchangeBody, exchangeKey)
    expect(exchangeRetry.status).toBe(201)
    expect(exchangeRetry.json.exchange).toMatchObject({ order_id: exchanged.order_id, exchange_id: expect.any(String) })
    // One exchange, its unit back and the new one out once, the difference settled once (Medusa owes and is owed nothing).
    const { exchanges } = await ok("GET", `/admin/exchanges?order_id=${exchanged.order_id}&fields=id,canceled_at`)
    expect((exchanges as Json[]).filter((e) => !e.canceled_at).map((e) => e.id)).toEqual([exchangeRetry.json.exchange.exchange_id])
    expect(await level(item)).toBe(stockAfterSales + 3)
    expect(await level(itemOf(swapped))).toBe(swappedBefore - 1)
    const { order: exchangedOrder } = await ok("GET", `/admin/orders/${exchanged.order_id}?fields=id,summary`)
    expect(Number(exchangedOrder.summary.pending_difference)).toBe(0)

    // 5. A replacement killed after its unit left the shelf, before the swap was recorded: undone, the unit back.
    const phoneBefore = await level(itemOf(phone!))
    const replaceKey = randomUUID()
    const replaceBody = { new_serial: `SN-${randomUUID().slice(0, 8)}` }
    await crashed(await attempt("POST", `/admin/kassa/warranty/claims/${claim.id}/replacement`, replaceBody, replaceKey), "replacement:stock-taken")
    await restart("collection:recorded")
    await until(async () => /interrupted warranty\.replacement \S+ was undone/.test(started!.output()))
    expect(await level(itemOf(phone!))).toBe(phoneBefore)
    expect((await ok("GET", `/admin/kassa/warranty/claims/${claim.id}`)).claim.status).toBe("in_progress")
    // The retry replaces the unit, once.
    const replaced = await attempt("POST", `/admin/kassa/warranty/claims/${claim.id}/replacement`, replaceBody, replaceKey)
    expect([replaced.status, replaced.json.claim?.status]).toEqual([200, "completed"])
    expect(await level(itemOf(phone!))).toBe(phoneBefore - 1)

    // 6. A collection killed after its payment committed, before the answer: finished, paid once.
    const collectKey = randomUUID()
    const collectBody = { location_id, method: "cash", amount: 300 }
    await crashed(await attempt("POST", `/admin/kassa/installments/plans/${plans[0].id}/payments`, collectBody, collectKey), "collection:recorded")
    await restart()
    await until(async () => /interrupted installments\.collection \S+ was finished/.test(started!.output()))
    const collected = await attempt("POST", `/admin/kassa/installments/plans/${plans[0].id}/payments`, collectBody, collectKey)
    expect(collected.status).toBe(201)
    const { plan } = await ok("GET", `/admin/kassa/installments/plans/${plans[0].id}`)
    expect((plan.payments as Json[]).map((p) => p.id)).toEqual([collected.json.payment.id])
  })
})

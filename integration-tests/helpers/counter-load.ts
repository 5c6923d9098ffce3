/**
 * Registers selling back to back against a running Kassa (one server, or several behind a proxy)
 * while something breaks under them, and the checks that nothing was lost or doubled:
 *   - every order of these tickets is a complete sale (its ticket completed with that order and
 *     a receipt number); any other was undone and is gone;
 *   - stock per variant × branch = the start − the units of the complete sales;
 *   - each retried key completed exactly once (every answer for it names the same order);
 *   - no ticket has two orders.
 * Used by start/crash-recovery.spec.ts and start/cluster.spec.ts.
 */
import { randomUUID } from "node:crypto"
import { type adminApi, sleep } from "./kassa-process"

export const POS = "/admin/kassa/pos"
export type Json = Record<string, any>
export type Api = ReturnType<typeof adminApi>
export type Register = { location_id: string; register_id: string }
type Checkout = { key: string; ticket_id: string; body: Json; answers: { status: number; order_id?: string }[] }

const call = async (api: Api, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
  const { status, body: json } = await api.call(method, url, body, headers)
  return { status, json }
}

/** Two registers at each of two branches, their drawers opened. */
export async function openRegisters(api: Api): Promise<Register[]> {
  const { stock_locations } = await api.ok("GET", "/admin/stock-locations?fields=id,name&limit=50")
  const registers: Register[] = []
  for (const l of stock_locations as Json[]) {
    const counter = await call(api, "GET", `${POS}/counter?location_id=${l.id}`)
    const ids = counter.status === 200 ? (counter.json.registers as Json[]).map((r) => r.id as string) : []
    if (ids.length >= 2 && registers.length < 4) registers.push(...ids.slice(0, 2).map((register_id) => ({ location_id: l.id, register_id })))
  }
  for (const r of registers) await call(api, "POST", `${POS}/drawer-sessions`, { register_id: r.register_id, opening_float: 0 })
  return registers
}

/** Load on a set of registers, and what it sold; `apiFor(lane)` is the server a register talks to. */
export class CounterLoad {
  readonly checkouts: Checkout[] = []
  sold = 0
  /** Checkouts under way, per server they were sent to. */
  private inFlight = new Map<Api, number>()
  /** Variants of plain stock (no serial numbers to type in, one item a unit) with ≥ 3 at each branch. */
  pool: Json[] = []
  private itemOf = new Map<string, string>()
  private before = new Map<string, number>()

  constructor(private readonly registers: Register[]) {}

  async stockUp(api: Api) {
    const locations = [...new Set(this.registers.map((r) => r.location_id))]
    const { variants } = await api.ok("GET", "/admin/product-variants?limit=2000&fields=id,manage_inventory,product.metadata,inventory_items.inventory_item_id,inventory_items.required_quantity")
    for (const v of variants as Json[]) {
      if (v.manage_inventory && v.product?.metadata?.kassa_serialized !== true && v.inventory_items?.length === 1 && v.inventory_items[0].required_quantity === 1) {
        this.itemOf.set(v.id, v.inventory_items[0].inventory_item_id)
      }
    }
    const stocked = await this.levels(api, [...new Set(this.itemOf.values())])
    this.pool = (variants as Json[]).filter((v) => this.itemOf.has(v.id) && locations.every((l) => (stocked.get(`${this.itemOf.get(v.id)}|${l}`) ?? 0) >= 3)).slice(0, 12)
    this.before = await this.levels(api, this.pool.map((v) => this.itemOf.get(v.id)!))
  }

  private async levels(api: Api, items: string[]) {
    const out = new Map<string, number>()
    for (let i = 0; i < items.length; i += 50) {
      const query = items.slice(i, i + 50).map((id) => `id[]=${id}`).join("&")
      const { inventory_items } = await api.ok("GET", `/admin/inventory-items?${query}&limit=50&fields=id,location_levels.location_id,location_levels.stocked_quantity`)
      for (const item of inventory_items as Json[]) for (const l of item.location_levels) out.set(`${item.id}|${l.location_id}`, Number(l.stocked_quantity))
    }
    return out
  }

  /** One attempt; status 0 when the server never answered (killed under it). */
  async checkoutOnce(api: Api, c: Checkout) {
    const count = (n: number) => this.inFlight.set(api, (this.inFlight.get(api) ?? 0) + n)
    count(1)
    const answer = await call(api, "POST", `${POS}/tickets/${c.ticket_id}/checkout`, c.body, { "idempotency-key": c.key }).catch(() => null)
    count(-1)
    c.answers.push({ status: answer?.status ?? 0, order_id: answer?.json.sale?.order_id })
    return answer?.status ?? 0
  }

  /**
   * Every register sells back to back (open, scan two, pay cash) until `stop`; a register whose
   * server stops answering stops. Resolves once each has stopped.
   */
  run(apiFor: (lane: number) => Api) {
    let running = true
    const lanes = this.registers.map(async (register, lane) => {
      const api = apiFor(lane)
      for (let n = 0; running; n++) {
        const opened = await call(api, "POST", `${POS}/tickets`, register).catch(() => null)
        if (opened?.status !== 201) break
        const ticket_id = opened.json.ticket.id as string
        let total = 0
        for (const v of [this.pool[(lane * 3 + n) % this.pool.length], this.pool[(lane * 3 + n + 1) % this.pool.length]]) {
          const scanned = await call(api, "POST", `${POS}/tickets/${ticket_id}/lines`, { variant_id: v.id, quantity: 1 }).catch(() => null)
          if (scanned?.status !== 200) return
          total = Number(scanned.json.ticket.totals.total)
        }
        const c: Checkout = { key: randomUUID(), ticket_id, body: { tenders: [{ method: "cash", tendered: Math.ceil(total / 500) * 500 }] }, answers: [] }
        this.checkouts.push(c)
        if ((await this.checkoutOnce(api, c)) === 200) this.sold++
      }
    })
    let ended = false
    const all = Promise.all(lanes).then(() => (ended = true))
    return { ended: () => ended, stop: () => ((running = false), all) }
  }

  /**
   * Waits until `count` more sales went through, then until a checkout is under way (at server
   * `on`, when given) and a few ms into it.
   */
  async midCheckout(count: number, ended: () => boolean, on?: Api) {
    const start = this.sold
    while (this.sold - start < count && !ended()) await sleep(100)
    if (this.sold - start < count) throw new Error(`Only ${this.sold - start} sales before the registers stopped`)
    const underWay = () => (on ? (this.inFlight.get(on) ?? 0) : [...this.inFlight.values()].reduce((a, b) => a + b, 0)) > 0
    while (!underWay() && !ended()) await sleep(1)
    await sleep(Math.random() * 40)
  }

  /** Every checkout that got no answer, retried with its key and body until it answers for good. */
  async retryUnanswered(api: Api, deadlineMs = 150_000) {
    for (const c of this.checkouts.filter((c) => !c.answers.some((a) => a.status === 200 || a.status === 409))) {
      const deadline = Date.now() + deadlineMs
      let status = await this.checkoutOnce(api, c)
      // 409 "already under way": the interrupted checkout's lease has not expired yet.
      while (status !== 200 && Date.now() < deadline) {
        await sleep(2000)
        status = await this.checkoutOnce(api, c)
      }
      if (status !== 200) throw new Error(`Checkout of ticket ${c.ticket_id} still answers ${status} after ${deadlineMs} ms`)
    }
  }

  /** The checks of the header; returns how many checkouts had gone unanswered at first. */
  async verify(api: Api) {
    const tickets = new Map<string, Json>()
    for (const c of this.checkouts) {
      const orders = new Set(c.answers.filter((a) => a.status === 200).map((a) => a.order_id))
      expect(orders.size).toBeLessThanOrEqual(1)
      tickets.set(c.ticket_id, (await api.ok("GET", `${POS}/tickets/${c.ticket_id}`)).ticket)
      const [order] = [...orders]
      if (order) expect(tickets.get(c.ticket_id)).toMatchObject({ status: "completed", order_id: order, receipt_number: expect.any(String) })
    }

    const { orders } = await api.ok("GET", "/admin/orders?limit=1000&fields=id,metadata")
    const perTicket = new Map<string, string[]>()
    for (const o of orders as Json[]) {
      const ticket = o.metadata?.kassa?.ticket_id as string | undefined
      if (ticket && tickets.has(ticket)) perTicket.set(ticket, [...(perTicket.get(ticket) ?? []), o.id])
    }
    for (const [ticket, ids] of perTicket) {
      expect(ids).toHaveLength(1)
      expect(tickets.get(ticket)).toMatchObject({ status: "completed", order_id: ids[0], receipt_number: expect.any(String) })
    }

    const expected = new Map(this.before)
    for (const t of tickets.values()) {
      if (t.status !== "completed") continue
      for (const line of t.lines as Json[]) {
        const k = `${this.itemOf.get(line.variant_id)}|${t.stock_location_id}`
        expected.set(k, expected.get(k)! - Number(line.quantity))
      }
    }
    expect(Object.fromEntries(await this.levels(api, this.pool.map((v) => this.itemOf.get(v.id)!)))).toEqual(Object.fromEntries(expected))
    return this.checkouts.filter((c) => c.answers[0].status === 0).length
  }
}

/**
 * Webhooks end to end: a receiver on loopback subscribes to a counter sale's events, gets each
 * signed (checked here with the README's recipe, not the plugin's code), keeps getting them
 * after it was down (retries compressed to half a second: KASSA_WEBHOOK_RETRY_MS), exactly once
 * per attempt, and again when a delivery is sent by hand; a subscription switched off hears
 * nothing; bad subscriptions and branch staff are refused.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { createHmac } from "node:crypto"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)
process.env.KASSA_WEBHOOK_RETRY_MS = "500"

type Received = { headers: http.IncomingHttpHeaders; body: string; event: { id: string; event: string; created_at: string; data: Record<string, unknown> } }

/** A receiver that records what it gets; `down()` stops listening, `up()` listens again on the same port. */
async function receiver() {
  const got: Received[] = []
  const server = http.createServer((req, res) => {
    let body = ""
    req.on("data", (c) => (body += c))
    req.on("end", () => {
      got.push({ headers: req.headers, body, event: JSON.parse(body) })
      res.writeHead(200).end("ok")
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.address() as AddressInfo).port
  return {
    got,
    url: `http://127.0.0.1:${port}/kassa-events`,
    down: () => new Promise<void>((resolve) => server.close(() => resolve())),
    up: () => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve)),
    close: () => new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  }
}

/** The README's check: HMAC-SHA256 of "<t>.<body>" with the secret, in hex, as v1. */
function signedBy(secret: string, r: Received) {
  const { t, v1 } = Object.fromEntries(String(r.headers["x-kassa-signature"]).split(",").map((p) => p.split("=")))
  return v1 === createHmac("sha256", secret).update(`${t}.${r.body}`).digest("hex") && Math.abs(Date.now() / 1000 - Number(t)) < 300
}

async function until<T>(read: () => T | Promise<T>, ok: (v: T) => boolean, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = await read()
    if (ok(v)) return v
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}: last saw ${JSON.stringify(v)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Manila's location and first register, and a demo accessory with stock there. */
async function manila(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["stock_location_id", "registers.id", "registers.code"], filters: { code: "MNL" } })
  const branch = data[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[2].variants[0].sku
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
  const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: branch.stock_location_id, stocked_quantity: 20 }])
  return { mnl: branch.stock_location_id, register: branch.registers.find((r) => r.code === "R1")!.id, barcode: variant.barcode }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let at: Awaited<ReturnType<typeof manila>>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      at = await manila(container)
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [at.mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [at.mnl] })
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : method === "delete" ? api.delete(url, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    let drawerOpen = false
    /** A cash sale of one unit at Manila's Counter 1; answers its order id. */
    async function counterSale() {
      if (!drawerOpen) {
        expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: at.register, opening_float: 1000 })).status).toBe(201)
        drawerOpen = true
      }
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: at.mnl, register_id: at.register })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: at.barcode, quantity: 1 })
      const sale = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `webhook-${ticket.id}` } }, { tenders: [{ method: "cash", tendered: 100000 }] })
      expect(sale.status).toBe(200)
      return sale.data.sale.order_id as string
    }

    it("refuses a subscription that is not HTTPS, names an unknown event or none, and branch staff; lists the events offered", async () => {
      const events = await call("get", "/admin/kassa/webhooks/events", owner)
      expect(events.status).toBe(200)
      const names = (events.data.events as { name: string; source: string }[]).map((e) => `${e.source}:${e.name}`)
      expect(names).toEqual(expect.arrayContaining(["pos:kassa.pos.sale_completed", "installments:kassa.installments.plan_decided", "warranty:kassa.warranty.claim_status_changed", "medusa:order.placed"]))
      // Internal events are not offered.
      expect(names.some((n) => n.endsWith("kassa.pos.ticket_changed"))).toBe(false)

      const add = (body: unknown, who = owner) => call("post", "/admin/kassa/webhooks/subscriptions", who, body)
      const plain = await add({ url: "http://erp.example.com/hook", events: ["order.placed"] })
      expect([plain.status, plain.data.message]).toEqual([400, "Invalid request: url must be https:// (plain http:// only to localhost)"])
      const unknown = await add({ url: "https://erp.example.com/hook", events: ["order.placed", "kassa.pos.sale_complete"] })
      expect([unknown.status, unknown.data.message]).toEqual([400, "No such event: kassa.pos.sale_complete. GET /admin/kassa/webhooks/events lists those you can subscribe to."])
      expect((await add({ url: "https://erp.example.com/hook", events: [] })).data.message).toBe("Invalid request: Value for field 'events' too small, expected at least: '1'")
      expect((await add({ url: "https://erp.example.com/hook", events: ["order.placed"], secret: "mine" })).status).toBe(400)
      // A Manila manager acts at one branch; a subscription hears of all of them.
      const refused = await add({ url: "https://erp.example.com/hook", events: ["order.placed"] }, manager)
      expect([refused.status, refused.data.message]).toEqual([403, "Missing policy webhook:manage"])
      expect((await call("get", "/admin/kassa/webhooks/subscriptions", manager)).status).toBe(403)
      expect((await call("get", "/admin/kassa/webhooks/subscriptions", owner)).data.subscriptions).toEqual([])
      expect((await call("post", "/admin/kassa/webhooks/deliveries/whdel_nope/redeliver", owner, {})).status).toBe(404)
    })

    it("POSTs a counter sale's events signed, retries while the receiver is down (once per attempt, none after a success), resends by hand, and stops when switched off", async () => {
      const hook = await receiver()
      try {
        const created = await call("post", "/admin/kassa/webhooks/subscriptions", owner, { url: hook.url, events: ["kassa.pos.sale_completed", "order.placed"], description: "Accounting" })
        expect(created.status).toBe(201)
        const { subscription, secret } = created.data as { subscription: { id: string; events: string[] }; secret: string }
        expect(secret).toMatch(/^whsec_[0-9a-f]{48}$/)
        expect(subscription).not.toHaveProperty("secret")
        expect((await call("get", `/admin/kassa/webhooks/subscriptions/${subscription.id}`, owner)).data.subscription).not.toHaveProperty("secret")

        // A sale: Medusa's order.placed and Kassa's sale_completed, each signed, each once.
        const orderId = await counterSale()
        await until(() => hook.got.length, (n) => n >= 2, "the sale's two events")
        const sale = hook.got.find((r) => r.event.event === "kassa.pos.sale_completed")!
        expect(sale.event.data).toEqual(expect.objectContaining({ id: orderId, stock_location_id: at.mnl, receipt_number: expect.stringMatching(/^MNL-/) }))
        expect(sale.event.id).toMatch(/^evt_/)
        expect(sale.headers["x-kassa-event"]).toBe("kassa.pos.sale_completed")
        expect(sale.headers["x-kassa-event-id"]).toBe(sale.event.id)
        expect(hook.got.find((r) => r.event.event === "order.placed")!.event.data).toEqual({ id: orderId })
        expect(hook.got.every((r) => signedBy(secret, r))).toBe(true)
        expect(signedBy(secret.replace(/.$/, (c) => (c === "0" ? "1" : "0")), sale)).toBe(false)

        // The receiver goes away: the next sale's events wait, retried, and arrive when it is back.
        await hook.down()
        const second = await counterSale()
        const log = async () => (await call("get", `/admin/kassa/webhooks/subscriptions/${subscription.id}/deliveries?limit=10`, owner)).data.deliveries as {
          id: string
          event_id: string
          event_name: string
          status: string
          attempts: number
          last_error: string | null
          event: { data: Record<string, unknown> }
        }[]
        const failing = await until(log, (ds) => ds.filter((d) => d.attempts >= 2 && d.status === "pending").length === 2, "two retried deliveries")
        expect(failing[0].last_error).toMatch(/ECONNREFUSED/)
        await hook.up()
        await until(() => hook.got.length, (n) => n >= 4, "the retried events")
        await until(log, (ds) => ds.every((d) => d.status === "delivered"), "every delivery delivered")
        // Once per attempt: nothing more after the success.
        await new Promise((r) => setTimeout(r, 1500))
        expect(hook.got.length).toBe(4)
        const late = hook.got.filter((r) => r.event.data.id === second)
        expect(late.map((r) => r.event.event).sort()).toEqual(["kassa.pos.sale_completed", "order.placed"])
        expect(late.every((r) => Number(r.headers["x-kassa-attempt"]) >= 2 && signedBy(secret, r))).toBe(true)

        // Sent again by hand: the same event id and body, a new attempt.
        const first = (await log()).find((d) => d.event_id === sale.event.id)!
        const again = await call("post", `/admin/kassa/webhooks/deliveries/${first.id}/redeliver`, owner, {})
        expect(again.status).toBe(202)
        await until(() => hook.got.length, (n) => n === 5, "the redelivery")
        expect(hook.got[4].body).toBe(sale.body)
        expect(hook.got[4].headers["x-kassa-attempt"]).toBe("2")
        expect((await call("post", `/admin/kassa/webhooks/deliveries/${first.id}/redeliver`, manager, {})).status).toBe(403)

        // Switched off: a sale is heard by no one.
        expect((await call("post", `/admin/kassa/webhooks/subscriptions/${subscription.id}`, owner, { is_active: false })).status).toBe(200)
        await counterSale()
        await new Promise((r) => setTimeout(r, 1500))
        expect(hook.got.length).toBe(5)

        // The subscription's creation is in the audit log, without its secret.
        const entries = await until(
          async () => (await call("get", `/admin/kassa/audit/entries?entity_id=${subscription.id}&limit=50`, owner)).data.entries as { action: string; changes: Record<string, unknown> }[],
          (es) => es.length >= 2,
          "the subscription's audit entries"
        )
        expect(JSON.stringify(entries)).not.toContain(secret)
        expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["create", "update"]))
      } finally {
        await hook.close()
      }
    })
  },
})

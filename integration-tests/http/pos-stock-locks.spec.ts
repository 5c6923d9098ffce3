import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import Redis from "ioredis"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { redisDatabase } from "../helpers/redis"

jest.setTimeout(300000)

// The server of this file runs on Redis (event bus, workflow engine, cache and the locking
// provider whose multi-key stock lock deadlocked, issue 23) when KASSA_TEST_REDIS_URL is given: set
// before medusa-config is read. Without it, on Medusa's in-process modules; in CI that is a failure.
// Its own Redis database (1): npm-start.spec's server may run at the same time on database 0, and
// two servers on one database would take each other's events from the shared queue.
const redisUrl = process.env.KASSA_TEST_REDIS_URL && redisDatabase(process.env.KASSA_TEST_REDIS_URL, 1)
if (redisUrl) process.env.REDIS_URL = redisUrl

const REGISTERS_PER_BRANCH = 4
const SALES_PER_REGISTER = 5
const ITEMS = ["A", "B", "C", "D"]
/** Each sale takes one unit of three of the four items: per branch 20 sales want 15 of each, 13 are stocked. */
const STOCK = 13

/** Sale `s` at register `r`: leaves one item out and lists the rest in an order of its own. */
function ticketItems(r: number, s: number) {
  const three = ITEMS.filter((_, i) => i !== (r + s) % ITEMS.length)
  return (r + s) % 2 ? three.reverse() : [three[1], three[2], three[0]]
}

async function accessories(container: MedusaContainer) {
  const skus = buildCatalog()
    .filter((p) => p.category === "Accessories")
    .slice(0, ITEMS.length)
    .map((p) => p.variants[0].sku)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "sku", "barcode", "inventory_items.inventory_item_id"],
    filters: { sku: skus },
  })
  const rows = data as { sku: string; barcode: string; inventory_items: { inventory_item_id: string }[] }[]
  return skus.map((sku) => {
    const v = rows.find((row) => row.sku === sku)!
    return { barcode: v.barcode, inventoryItemId: v.inventory_items[0].inventory_item_id }
  })
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    it("runs on Redis in CI", () => {
      // A CI without Redis would prove nothing about the provider that deadlocked.
      if (process.env.CI === "true") expect(redisUrl).toBeTruthy()
    })

    it("four registers per branch checking out overlapping three-line tickets: no lock time-out, no oversell", async () => {
      const container = getContainer()
      await seedDemoData(container, { staffPassword: TEST_PASSWORD })
      const owner = await adminHeaders(api, container, "owner@example.com")
      const { data: branchData } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "branch",
        fields: ["code", "stock_location_id", "registers.id"],
        filters: { code: ["MNL", "CEB"] },
      })
      const branches = branchData as { stock_location_id: string; registers: { id: string }[] }[]
      const locations = branches.map((b) => b.stock_location_id)
      expect(locations).toHaveLength(2)
      const cashier = await staffHeaders(api, container, "cashier.both@example.com", { roles: ["Cashier"], branch_ids: locations })

      const items = await accessories(container)
      const inventory = container.resolve(Modules.INVENTORY)
      await inventory.updateInventoryLevels(
        locations.flatMap((location_id) => items.map((i) => ({ inventory_item_id: i.inventoryItemId, location_id, stocked_quantity: STOCK })))
      )

      // Registers up to four per branch, each with an open drawer and its tickets rung up.
      type Register = { location: string; id: string; tickets: string[] }
      const registers: Register[] = []
      for (const { stock_location_id: location, registers: existing } of branches) {
        const ids = existing.map((r) => r.id)
        for (let n = ids.length + 1; n <= REGISTERS_PER_BRANCH; n++) {
          const made = await call("post", `/admin/kassa/branches/${location}/registers`, owner, { code: `R${n}`, name: `Counter ${n}` })
          expect(made.status).toBe(200)
          ids.push(made.data.register.id)
        }
        for (const id of ids.slice(0, REGISTERS_PER_BRANCH)) {
          const opened = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: id, denominations: { "1000": 2 } })
          expect(opened.status).toBe(201)
          registers.push({ location, id, tickets: [] })
        }
      }
      await Promise.all(
        registers.map(async (register, r) => {
          for (let s = 0; s < SALES_PER_REGISTER; s++) {
            const opened = await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: register.location, register_id: register.id })
            expect(opened.status).toBe(201)
            for (const item of ticketItems(r, s)) {
              const scanned = await call("post", `/admin/kassa/pos/tickets/${opened.data.ticket.id}/lines`, cashier, { code: items[ITEMS.indexOf(item)].barcode })
              expect(scanned.status).toBe(200)
            }
            register.tickets.push(opened.data.ticket.id)
          }
        })
      )

      // Every register checks its tickets out back to back, all eight at once.
      const outcomes = await Promise.all(
        registers.map(async (register) => {
          const done: { location: string; ticket: string; status: number; message?: string }[] = []
          for (const ticket of register.tickets) {
            const res = await call("post", `/admin/kassa/pos/tickets/${ticket}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `locks-${ticket}` } }, {
              tenders: [{ method: "cash", tendered: 1000000 }],
            })
            done.push({ location: register.location, ticket, status: res.status, message: res.data?.message })
          }
          return done
        })
      )
      const results = outcomes.flat()
      // Only two answers are right: a sale, or "out of stock" once the branch has run short.
      const refused = results.filter((r) => r.status !== 200)
      expect(refused.filter((r) => !(r.status === 409 && /^Out of stock: /.test(r.message ?? "")))).toEqual([])
      // 13 of each item for 15 wanted per branch: the stock check really ran under contention.
      expect(refused.length).toBeGreaterThan(0)

      const ticketsOf = new Map(registers.flatMap((reg, r) => reg.tickets.map((t, s) => [t, ticketItems(r, s)] as const)))
      for (const location of locations) {
        const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.inventoryItemId), location_id: location })
        const sold = results.filter((r) => r.location === location && r.status === 200).flatMap((r) => ticketsOf.get(r.ticket)!)
        for (const [i, item] of ITEMS.entries()) {
          const level = levels.find((l) => l.inventory_item_id === items[i].inventoryItemId)!
          const units = sold.filter((x) => x === item).length
          expect([item, Number(level.stocked_quantity)]).toEqual([item, STOCK - units])
          expect(Number(level.stocked_quantity)).toBeGreaterThanOrEqual(0)
        }
      }
      const { data: orders } = await call("get", "/admin/orders?fields=id&limit=1", owner)
      expect(orders.count).toBe(results.filter((r) => r.status === 200).length)

      if (redisUrl) {
        // The server really ran on Redis: its locking module's keys live there.
        const redis = new Redis(redisUrl)
        try {
          const probe = `kassa-test-probe:${Date.now()}`
          expect(await container.resolve(Modules.LOCKING).execute(probe, async () => redis.exists(`medusa_lock:${probe}`))).toBe(1)
        } finally {
          redis.disconnect()
        }
      }
    })
  },
})

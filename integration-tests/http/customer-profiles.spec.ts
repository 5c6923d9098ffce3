import { evaluateAllFrequentCustomers } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Entry = { action: string; entity_type: string; entity_id: string; changes: Record<string, { before: unknown; after: unknown }> }

/** Manila's location and register R1, and the `skip`-th demo accessory with ten units there. */
async function counterWorld(container: MedusaContainer, skip: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: branches } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: "MNL" } })
  const mnl = branches[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[skip].variants[0].sku
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "barcode", "inventory_items.inventory_item_id"], filters: { sku } })
  const v = data[0] as { id: string; barcode: string; inventory_items: { inventory_item_id: string }[] }
  await container
    .resolve(Modules.INVENTORY)
    .updateInventoryLevels([{ inventory_item_id: v.inventory_items[0].inventory_item_id, location_id: mnl.stock_location_id, stocked_quantity: 10 }])
  return { location: mnl.stock_location_id, register: mnl.registers.find((r) => r.code === "R1")!.id, barcode: v.barcode }
}

/** Polls `read` until `done` holds or the deadline passes; returns the last value read. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 15000): Promise<T> {
  const deadline = Date.now() + ms
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100))
    value = await read()
  }
  return value
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let cashier: Headers
    let world: Awaited<ReturnType<typeof counterWorld>>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      world = await counterWorld(container, 0)
      owner = await adminHeaders(api, container, "owner@example.com")
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [world.location] })
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)

    const profile = (id: string, who: Headers = owner, body?: object) =>
      body ? call("post", `/admin/kassa/customers/${id}/profile`, who, body) : call("get", `/admin/kassa/customers/${id}/profile`, who)

    /** Ids in Medusa's "Frequent" customer group, through Medusa's own admin customer list filter. */
    const frequentMembers = async (): Promise<string[]> => {
      const groups = (await call("get", "/admin/customer-groups?name=Frequent&fields=id", owner)).data.customer_groups
      if (!groups.length) return []
      return (await call("get", `/admin/customers?groups=${groups[0].id}&fields=id&limit=200`, owner)).data.customers.map((c: { id: string }) => c.id)
    }

    /** A counter sale of `quantity` units to the customer, cash; the sale and its one line as the returns lookup shows it. */
    const sell = async (customerId: string, quantity: number, key: string) => {
      const drawer = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: world.register, denominations: { "1000": 2 } })
      expect([201, 409]).toContain(drawer.status)
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: world.location, register_id: world.register })).data.ticket
      const scanned = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: world.barcode, quantity })
      expect(scanned.status).toBe(200)
      expect((await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { customer_id: customerId })).status).toBe(200)
      const sold = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": key } }, { tenders: [{ method: "cash", tendered: 1000000 }] })
      expect([sold.status, sold.data.message]).toEqual([200, undefined])
      return { sale: sold.data.sale as { order_id: string; receipt_number: string; total: string }, unit: Number(scanned.data.ticket.lines[0].price) }
    }

    it("keeps a profile beside Medusa's customer: round trip, bounded input, 404, the policy, and the audit log's before and after", async () => {
      const created = await call("post", "/admin/customers", owner, { first_name: "Maria", last_name: "Clara", phone: "+639171110001" })
      expect(created.status).toBe(200)
      const id = created.data.customer.id

      const empty = await profile(id)
      expect(empty.data).toEqual({ profile: expect.objectContaining({ id: null, customer_id: id, gender: null, marketing_consent: false }), frequent: false })

      const saved = await profile(id, owner, { gender: "female", birthday: "1990-04-23", marketing_consent: true, note: "Prefers SMS" })
      expect(saved.status).toBe(200)
      expect(saved.data.profile).toEqual(expect.objectContaining({ id: expect.stringMatching(/^cprof_/), gender: "female", birthday: "1990-04-23", marketing_consent: true, note: "Prefers SMS" }))
      const consentAt = saved.data.profile.marketing_consent_at
      expect(Date.now() - new Date(consentAt).getTime()).toBeLessThan(60000)
      // A change that leaves consent on keeps when it was given; only the fields sent change.
      const edited = await profile(id, owner, { gender: "prefer_not_to_say", marketing_consent: true })
      expect(edited.data.profile).toEqual(expect.objectContaining({ gender: "prefer_not_to_say", birthday: "1990-04-23", note: "Prefers SMS", marketing_consent_at: consentAt }))
      expect((await profile(id)).data.profile).toEqual(edited.data.profile)

      // Bad input: a clear 400 naming the field, and nothing written.
      const robot = await profile(id, owner, { gender: "robot" })
      expect(robot.status).toBe(400)
      expect(robot.data.message).toContain("gender")
      expect(robot.data.message).toContain("prefer_not_to_say")
      const future = await profile(id, owner, { birthday: "2999-01-01" })
      expect([future.status, future.data.message]).toEqual([400, "Invalid request: birthday must not be in the future"])
      expect((await profile(id, owner, { birthday: "1990-02-30" })).data.message).toBe("Invalid request: birthday must be a real date")
      expect((await profile(id, owner, { note: "x".repeat(1001) })).status).toBe(400)
      expect((await profile(id)).data.profile.gender).toBe("prefer_not_to_say")

      expect((await profile("cus_01NOSUCHCUSTOMER")).status).toBe(404)
      expect((await profile("cus_01NOSUCHCUSTOMER", owner, { gender: "male" })).status).toBe(404)

      // A cashier whose role lacks customer:write may read the profile but not change it.
      const roles = (await call("get", "/admin/kassa/roles", owner)).data.roles as { id: string; name: string; policies: string[] }[]
      const cashierRole = roles.find((r) => r.name === "Cashier")!
      await call("post", `/admin/kassa/roles/${cashierRole.id}`, owner, { policies: cashierRole.policies.filter((p) => p !== "customer:write") })
      expect((await profile(id, cashier)).status).toBe(200)
      const refused = await profile(id, cashier, { gender: "male" })
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("customer:write")
      expect((await profile(id)).data.profile.gender).toBe("prefer_not_to_say")

      // The audit log has the profile's creation and each change with before and after.
      const entries = async (): Promise<Entry[]> =>
        (await call("get", `/admin/kassa/audit/entries?entity_type=customer_profile&entity_id=${saved.data.profile.id}&limit=50`, owner)).data.entries
      const logged = await until(entries, (e) => e.some((x) => x.action === "update"))
      expect(logged.find((e) => e.action === "create")?.changes.gender).toEqual({ before: null, after: "female" })
      expect(logged.find((e) => e.action === "update")?.changes.gender).toEqual({ before: "female", after: "prefer_not_to_say" })
    })

    it("adds a customer at the counter with name and phone, and the rest of the profile under More, in one workflow", async () => {
      const plain = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Jose", phone: "0917 222 0001" })
      expect(plain.status).toBe(201)
      expect((await profile(plain.data.customer.id)).data.profile.id).toBeNull()

      const robot = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Andres", phone: "0917 222 0002", gender: "robot" })
      expect(robot.status).toBe(400)
      expect(robot.data.message).toContain("gender")
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ phone: "+639172220002" } as object)).toHaveLength(0)

      const more = await call("post", "/admin/kassa/pos/customers", cashier, {
        first_name: "Andres",
        phone: "0917 222 0002",
        email: "andres@example.com",
        gender: "male",
        birthday: "1985-11-30",
        marketing_consent: true,
        note: "Collects keyboards",
      })
      expect(more.status).toBe(201)
      expect(more.data.customer).toEqual(expect.objectContaining({ phone: "+639172220002", email: "andres@example.com", frequent: false }))
      expect((await profile(more.data.customer.id)).data.profile).toEqual(
        expect.objectContaining({ gender: "male", birthday: "1985-11-30", marketing_consent: true, note: "Collects keyboards", marketing_consent_at: expect.any(String) })
      )
    })

    it("makes a customer Frequent on a counter sale, not after a return; drops them when purchases age out; a rule change re-evaluates", async () => {
      const container = getContainer()
      const customer = (await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Liza", phone: "0917 333 0001" })).data.customer

      // The rule is the owner's: a cashier may neither read nor set it; bad rules are 400s.
      expect((await call("post", "/admin/kassa/customers/frequent-rule", cashier, { min_purchases: 1 })).status).toBe(403)
      expect((await call("get", "/admin/kassa/customers/frequent-rule", cashier)).status).toBe(403)
      const none = await call("post", "/admin/kassa/customers/frequent-rule", owner, { months: 12 })
      expect([none.status, none.data.message]).toEqual([400, "Invalid request: the rule needs min_purchases, min_spend or both"])
      expect((await call("post", "/admin/kassa/customers/frequent-rule", owner, { min_spend: 10.5 })).status).toBe(400)

      // Two units make the customer Frequent; one returned brings what they spent under the rule.
      const setRule = async (body: object) => {
        const res = await call("post", "/admin/kassa/customers/frequent-rule", owner, body)
        expect([res.status, res.data.message]).toEqual([200, undefined])
        return res.data.frequent_rule
      }
      const { sale, unit } = await sell(customer.id, 2, "frequent-sale-1")
      // Set after the sale (so the rule's own re-evaluation is the one that counts it too): 1.5 units, in centavos.
      const rule = await setRule({ min_spend: Math.round(unit * 150), months: 12 })
      expect(rule).toEqual(expect.objectContaining({ enabled: true, min_spend: Math.round(unit * 150), min_purchases: null, currency_code: "php", months: 12, match: "any" }))
      expect((await call("get", "/admin/kassa/customers/frequent-rule", owner)).data.frequent_rule).toEqual(rule)
      expect(await until(frequentMembers, (m) => m.includes(customer.id))).toEqual([customer.id])
      const found = (await call("get", "/admin/kassa/pos/customers?q=09173330001", cashier)).data.customers
      expect(found).toEqual([expect.objectContaining({ id: customer.id, frequent: true })])
      expect((await profile(customer.id)).data.frequent).toBe(true)

      // A return at the counter of one unit: Medusa records the refund; the customer leaves the group.
      expect((await call("post", `/admin/kassa/pos/branches/${world.location}/settings`, owner, { return_approval_amount: 50000 })).status).toBe(200)
      const lines = (await call("get", `/admin/kassa/pos/sales?location_id=${world.location}&q=${sale.receipt_number}`, cashier)).data.sales[0].lines
      const returned = await call("post", "/admin/kassa/pos/returns", cashier, {
        order_id: sale.order_id,
        register_id: world.register,
        reason: "Changed mind",
        refund: { method: "cash" },
        items: [{ item_id: lines[0].item_id, quantity: 1, condition: "resellable" }],
      })
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      expect(await until(frequentMembers, (m) => !m.includes(customer.id))).toEqual([])

      // A new sale brings them back (the sale's subscriber, not the rule's).
      await sell(customer.id, 1, "frequent-sale-2")
      expect(await until(frequentMembers, (m) => m.includes(customer.id))).toEqual([customer.id])

      // Thirteen months later nothing is in the 12-month window: the nightly run drops them.
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update "order" set created_at = now() - interval '13 months' where customer_id = ?`, [customer.id])
      expect(await evaluateAllFrequentCustomers(container)).toEqual(expect.objectContaining({ removed: 1, added: 0 }))
      expect(await frequentMembers()).toEqual([])
      // Run again, nothing to do.
      expect(await evaluateAllFrequentCustomers(container)).toEqual(expect.objectContaining({ removed: 0, added: 0 }))

      // The owner widens the window to two years: the rule change re-evaluates everyone.
      await setRule({ min_spend: Math.round(unit * 150), months: 24 })
      expect(await until(frequentMembers, (m) => m.includes(customer.id))).toEqual([customer.id])
      // Switched off, the group empties; each change of the rule is in the audit log.
      await setRule({ enabled: false, min_purchases: 1 })
      expect(await until(frequentMembers, (m) => !m.length)).toEqual([])
      const ruleLog = async (): Promise<Entry[]> => (await call("get", `/admin/kassa/audit/entries?entity_type=frequent_rule&entity_id=${rule.id}&limit=50`, owner)).data.entries
      const changes = await until(ruleLog, (e) => e.filter((x) => x.action === "update").length >= 2)
      expect(changes.find((e) => e.action === "update" && e.changes.enabled)?.changes.enabled).toEqual({ before: true, after: false })
      // A POST replaces the whole rule (left-out fields take their defaults): 12 → 24 → 12 months.
      expect(changes.filter((e) => e.action === "update" && e.changes.months).map((e) => e.changes.months)).toEqual([{ before: 24, after: 12 }, { before: 12, after: 24 }])
      // Each time the rule put them in the group or took them out is in the log too (Medusa's membership rows).
      const memberships = async (): Promise<Entry[]> =>
        (await call("get", `/admin/kassa/audit/entries?entity_type=customer_group_member&limit=50`, owner)).data.entries
      const joinsAndLeaves = await until(memberships, (e) => e.filter((x) => x.action === "create").length >= 3)
      expect(joinsAndLeaves.filter((e) => e.action === "create").length).toBeGreaterThanOrEqual(3)
      expect(joinsAndLeaves.some((e) => e.action !== "create")).toBe(true)
    })
  },
})

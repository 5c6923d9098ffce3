import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { parse } from "csv-parse/sync"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { placeOrder } from "../helpers/web-order"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Entry = {
  seq: number
  actor_type: string
  actor_id: string | null
  actor_name: string | null
  entity_label?: string | null
  action: string
  entity_type: string
  entity_id: string | null
  changes: Record<string, { before: unknown; after: unknown }> & Record<string, unknown>
  branch_id: string | null
  ip: string | null
  user_agent: string | null
  correlation_id: string | null
}

async function locationIds(container: MedusaContainer) {
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id", "name"] })
  return Object.fromEntries(locations.map((l) => [l.name, l.id])) as Record<string, string>
}

/** A variant with a few units in stock at the branch. */
async function stockedVariant(container: MedusaContainer, locationId: string) {
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({ location_id: locationId })
  const level = levels.find((l) => Number(l.stocked_quantity) - Number(l.reserved_quantity) >= 3)!
  const item = await inventory.retrieveInventoryItem(level.inventory_item_id)
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: item.sku! })
  return variant.id
}

const userId = async (container: MedusaContainer, email: string) => (await container.resolve(Modules.USER).listUsers({ email }))[0].id

integrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let mnl: string
    let dav: string
    let owner: Headers
    let ownerId: string

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      ;({ "Manila Branch": mnl, "Davao Branch": dav } = await locationIds(container))
      owner = await adminHeaders(api, container, "owner@example.com")
      ownerId = await userId(container, "owner@example.com")
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)

    /** The newest entries matching the filters, through the admin route. */
    const entries = async (filters: Record<string, string>, who: Headers = owner): Promise<Entry[]> => {
      const { status, data } = await call("get", `/admin/kassa/audit/entries?${new URLSearchParams({ limit: "200", ...filters })}`, who)
      expect({ status, message: data.message }).toEqual({ status: 200, message: undefined })
      return data.entries
    }
    const one = async (filters: Record<string, string>) => {
      const found = await entries(filters)
      expect(found.length).toBeGreaterThan(0)
      return found[0]
    }
    const diff = (before: unknown, after: unknown) => ({ before, after })

    it("captures Kassa's and Medusa's changes made through the admin API, with who, where from and the diff", async () => {
      const as = { headers: { ...owner.headers, "user-agent": "kassa-test/1.0", "x-request-id": "req-audit-1" } }
      const product = (await call("get", "/admin/products?handle=iphone-16&fields=id,title,variants.id,variants.sku,variants.prices.*", as)).data.products[0]
      const variant = product.variants[0]

      await call("post", `/admin/kassa/branches/${mnl}`, as, { receipt_header: "Galos Gadget Hub — Manila" })
      const branch = await one({ entity_type: "branch", action: "update" })
      expect(branch).toEqual(
        expect.objectContaining({ actor_type: "user", actor_id: ownerId, actor_name: "Gloria Galos", branch_id: mnl, user_agent: "kassa-test/1.0", correlation_id: "req-audit-1" })
      )
      expect(branch.changes.receipt_header.after).toBe("Galos Gadget Hub — Manila")
      expect(branch.ip).toMatch(/127\.0\.0\.1|::1/)

      expect((await call("post", `/admin/products/${product.id}`, as, { title: "iPhone 16 (2024)" })).status).toBe(200)
      expect((await one({ entity_type: "product", entity_id: product.id, action: "update" })).changes.title).toEqual(diff("iPhone 16", "iPhone 16 (2024)"))

      const php = variant.prices.find((p: { currency_code: string }) => p.currency_code === "php")
      await call("post", `/admin/products/${product.id}/variants/${variant.id}`, as, { sku: `${variant.sku}-X`, prices: [{ id: php.id, amount: 50990, currency_code: "php" }] })
      expect((await one({ entity_type: "product_variant", entity_id: variant.id })).changes.sku).toEqual(diff(variant.sku, `${variant.sku}-X`))
      expect((await one({ entity_type: "price", entity_id: php.id })).changes.amount).toEqual(diff(php.amount, 50990))

      const [item] = await getContainer().resolve(Modules.INVENTORY).listInventoryItems({ sku: variant.sku })
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item.id, location_id: mnl })
      await call("post", `/admin/inventory-items/${item.id}/location-levels/${mnl}`, as, { stocked_quantity: Number(level.stocked_quantity) + 7 })
      const stock = await one({ entity_type: "inventory_level", entity_id: level.id })
      expect(stock.changes.stocked_quantity).toEqual(diff(Number(level.stocked_quantity), Number(level.stocked_quantity) + 7))
      expect(stock.branch_id).toBe(mnl)

      await call("post", `/admin/stock-locations/${dav}`, as, { name: "Davao Flagship" })
      expect((await one({ entity_type: "stock_location", entity_id: dav })).changes.name).toEqual(diff("Davao Branch", "Davao Flagship"))

      const customer = (await call("post", "/admin/customers", as, { email: "new.buyer@example.com", first_name: "Nina" })).data.customer
      const created = await one({ entity_type: "customer", entity_id: customer.id, action: "create" })
      expect(created.changes.email).toEqual(diff(null, "new.buyer@example.com"))
      await call("post", `/admin/customers/${customer.id}`, as, { phone: "+639171234567" })
      expect((await one({ entity_type: "customer", entity_id: customer.id, action: "update" })).changes.phone).toEqual(diff(null, "+639171234567"))

      const cashierUser = await userId(getContainer(), "cashier.mnl@example.com")
      await call("post", `/admin/users/${cashierUser}`, as, { last_name: "Santos-Cruz" })
      expect((await one({ entity_type: "user", entity_id: cashierUser })).changes.last_name).toEqual(diff("Santos", "Santos-Cruz"))

      const promotion = (
        await call("post", "/admin/promotions", as, {
          code: "PASKO10",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "order", value: 10, currency_code: "php" },
        })
      ).data.promotion
      expect((await one({ entity_type: "promotion", entity_id: promotion.id, action: "create" })).changes.code).toEqual(diff(null, "PASKO10"))

      // A write that fails leaves no entry: the capture rolls back with it.
      const dup = await call("post", "/admin/products", as, { title: "Duplicate", handle: "iphone-16", options: [{ title: "Default", values: ["Default"] }] })
      expect(dup.status).toBeGreaterThanOrEqual(400)
      expect((await entries({ entity_type: "product", action: "create", actor_id: ownerId })).length).toBe(0)

      await call("delete", `/admin/customers/${customer.id}`, as)
      expect((await one({ entity_type: "customer", entity_id: customer.id, action: "delete" })).actor_id).toBe(ownerId)

      // A staff edit through Kassa's own route: the PIN hash changes but never appears.
      const staff = getContainer().resolve<StaffModuleService>(STAFF_MODULE)
      const [cashier] = await staff.listStaffMembers({ user_id: cashierUser })
      await call("post", `/admin/kassa/staff/${cashier.id}/pin`, as, { pin: "4321" })
      expect((await one({ entity_type: "staff_member", entity_id: cashier.id, action: "update" })).changes.pin_hash).toEqual(diff(null, "[redacted]"))

      // Another system, through a secret API key: the key is the actor.
      const key = (await call("post", "/admin/api-keys", as, { title: "ERP sync", type: "secret" })).data.api_key
      const erp = { headers: { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } }
      expect((await call("post", `/admin/kassa/api-keys/${key.id}/access`, as, { roles: ["Manager"], all_branches: true })).status).toBe(200)
      expect((await call("post", `/admin/products/${product.id}`, erp, { subtitle: "From the ERP" })).status).toBe(200)
      const synced = (await entries({ entity_type: "product", entity_id: product.id })).find((e) => e.changes.subtitle)
      expect(synced).toEqual(expect.objectContaining({ actor_type: "api-key", actor_id: key.id, actor_name: "ERP sync" }))
      expect((await one({ entity_type: "api_key", entity_id: key.id, action: "create" })).changes.token).toEqual(diff(null, "[redacted]"))

      // Each request's writes carry its request id; none of the owner's entries is unattributed.
      const mine = (await entries({ actor_id: ownerId })).filter((e) => !e.action.startsWith("auth."))
      expect(mine.length).toBeGreaterThan(10)
      expect(new Set(mine.map((e) => e.correlation_id))).toEqual(new Set(["req-audit-1"]))
    })

    it("captures an order's life: placed, payment captured and refunded, edited, returned, canceled", async () => {
      const container = getContainer()
      const variantId = await stockedVariant(container, mnl)
      const { orderId, paymentId } = await placeOrder(container, { variantId, locationId: mnl })

      const placed = await one({ entity_type: "order", entity_id: orderId, action: "create" })
      expect(placed.actor_type).toBe("system")
      expect(placed.changes.status).toEqual(diff(null, "pending"))

      expect((await call("post", `/admin/payments/${paymentId}/capture`, owner, {})).status).toBe(200)
      const capture = await one({ entity_type: "payment_capture" })
      expect(capture.actor_id).toBe(ownerId)
      expect((await call("post", `/admin/payments/${paymentId}/refund`, owner, { amount: 100 })).status).toBe(200)
      expect((await one({ entity_type: "payment_refund" })).changes.amount).toEqual(diff(null, 100))

      expect((await call("post", "/admin/order-edits", owner, { order_id: orderId })).status).toBe(200)
      expect((await one({ entity_type: "order_change", action: "create" })).changes.change_type).toEqual(diff(null, "edit"))
      await call("delete", `/admin/order-edits/${orderId}`, owner)

      const returned = await call("post", "/admin/returns", owner, { order_id: orderId, location_id: mnl })
      expect(returned.status).toBe(200)
      expect((await one({ entity_type: "return", action: "create" })).actor_id).toBe(ownerId)

      // A second order, only authorized: canceling it shows as the order's status change.
      const second = await placeOrder(container, { variantId, locationId: mnl, email: "second@example.com" })
      expect((await call("post", `/admin/orders/${second.orderId}/cancel`, owner, {})).status).toBe(200)
      const canceled = (await entries({ entity_type: "order", entity_id: second.orderId, action: "update" })).find((e) => e.changes.status)
      expect(canceled?.changes.status).toEqual(diff("pending", "canceled"))

      // The order page's history gathers the order's own entries and its payments'.
      const { data } = await call("get", `/admin/kassa/audit/history?type=order&id=${orderId}`, owner)
      const types = new Set((data.entries as Entry[]).map((e) => e.entity_type))
      expect([...types]).toEqual(expect.arrayContaining(["order", "payment_capture", "payment_refund", "order_change", "return"]))
    })

    it("records sign-ins, failures, sign-outs, PIN overrides and refusals; only managers and owners read the log", async () => {
      const container = getContainer()
      const bad = await api.post("/auth/user/emailpass", { email: "cashier.mnl@example.com", password: "wrong" }).catch((e) => e.response)
      expect(bad.status).toBe(401)
      const failed = await one({ action: "auth.sign_in_failed" })
      expect(failed).toEqual(expect.objectContaining({ actor_name: "Angelica Santos", actor_id: await userId(container, "cashier.mnl@example.com") }))
      expect(failed.changes).toEqual({ email: "cashier.mnl@example.com" })
      await api.post("/auth/user/emailpass", { email: "nobody@example.com", password: "guess" }).catch((e) => e.response)
      expect(await one({ action: "auth.sign_in_failed" })).toEqual(expect.objectContaining({ actor_id: null, actor_name: "nobody@example.com" }))

      const cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      const signIn = await one({ action: "auth.sign_in" })
      expect(signIn).toEqual(expect.objectContaining({ actor_name: "Angelica Santos", entity_label: "Angelica Santos" }))
      // A sign-in and its failures are those events alone: no staff-member row change by "anonymous" beside them.
      const staffRows = await entries({ entity_type: "staff_member" })
      expect(staffRows.filter((e) => e.actor_type === "anonymous")).toEqual([])

      const refused = await call("get", "/admin/kassa/audit/entries", cashier)
      expect(refused.status).toBe(403)
      const denied = await one({ action: "access.denied" })
      expect(denied).toEqual(expect.objectContaining({ entity_type: "route", entity_id: "GET /admin/kassa/audit/entries", actor_name: "Angelica Santos" }))
      expect(denied.changes.reason).toContain("audit:read")
      // A Medusa route refused by core's staff check: the audit middleware wraps it too.
      const medusaRefused = await call("post", "/admin/price-lists", cashier, { title: "Staff prices", description: "x" })
      expect(medusaRefused.status).toBe(403)
      expect(await one({ action: "access.denied" })).toEqual(
        expect.objectContaining({ entity_id: "POST /admin/price-lists", actor_name: "Angelica Santos", actor_id: await userId(container, "cashier.mnl@example.com") })
      )

      // A branch manager reads the log of their branch, not another's.
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      expect((await call("get", `/admin/kassa/audit/entries?branch_id=${mnl}`, manager)).status).toBe(200)
      expect((await call("get", `/admin/kassa/audit/entries?branch_id=${dav}`, manager)).status).toBe(403)
      await call("post", `/admin/kassa/branches/${dav}`, owner, { receipt_header: "Davao" })
      const seen = await entries({ entity_type: "branch" }, manager)
      expect(seen.map((e) => e.branch_id)).not.toContain(dav)

      // A manager's PIN authorises a price override at the counter.
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const [mgr] = await staff.listStaffMembers({ user_id: await userId(container, "manager.mnl@example.com") })
      await call("post", `/admin/kassa/staff/${mgr.id}/pin`, owner, { pin: "2580" })
      const ok = await call("post", "/admin/kassa/pin/verify", cashier, { staff_id: mgr.id, pin: "2580", policy: "pos:override_price", branch_id: mnl })
      expect(ok.status).toBe(200)
      const override = await one({ action: "pin.override" })
      expect(override).toEqual(expect.objectContaining({ entity_id: mgr.id, entity_label: "Ramon Dela Cruz", branch_id: mnl, actor_name: "Angelica Santos" }))
      expect(override.changes).toEqual({ result: "accepted", policy: "pos:override_price" })

      // Sign-out of a cookie session. The cashier's, not the owner's: two sign-ins of one user in the same
      // second get the same token, and signing out would then also end the owner's token the checks below read with.
      const token = (await api.post("/auth/user/emailpass", { email: "cashier.mnl@example.com", password: TEST_PASSWORD })).data.token
      const session = await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${token}` } })
      const cookie = String(session.headers["set-cookie"]).split(";")[0]
      expect((await api.delete("/auth/session", { headers: { cookie } })).status).toBe(200)
      expect((await one({ action: "auth.sign_out" })).actor_id).toBe(await userId(container, "cashier.mnl@example.com"))
    })

    it("exports the filtered log as CSV and pages through it by keyset", async () => {
      for (const header of ["One", "Two", "Three"]) await call("post", `/admin/kassa/branches/${mnl}`, owner, { receipt_header: header })
      const res = await api.get(`/admin/kassa/audit/export?entity_type=branch&branch_id=${mnl}`, owner)
      expect(res.headers["content-type"]).toContain("text/csv")
      const rows = parse(res.data, { columns: true }) as Record<string, string>[]
      const updates = rows.filter((r) => r.action === "update")
      expect(updates.map((r) => JSON.parse(r.changes).receipt_header.after)).toEqual(["One", "Two", "Three"])
      expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(["seq", "occurred_at", "actor_name", "entity_id", "changes", "hash"]))

      const page1 = await call("get", `/admin/kassa/audit/entries?entity_type=branch&branch_id=${mnl}&limit=2`, owner)
      expect(page1.data.entries).toHaveLength(2)
      const page2 = await call("get", `/admin/kassa/audit/entries?entity_type=branch&branch_id=${mnl}&limit=2&before=${page1.data.next_cursor}`, owner)
      const seqs = [...page1.data.entries, ...page2.data.entries].map((e: Entry) => e.seq)
      expect(seqs).toEqual([...seqs].sort((a, b) => b - a))
      expect(new Set(seqs).size).toBe(seqs.length)
      expect(rows.map((r) => Number(r.seq))).toEqual(expect.arrayContaining(seqs))

      // Date ranges: the last minute holds the three updates; a range in the future holds nothing.
      const minuteAgo = new Date(Date.now() - 60_000).toISOString()
      const inAMinute = new Date(Date.now() + 60_000).toISOString()
      const recent = await entries({ entity_type: "branch", action: "update", branch_id: mnl, from: minuteAgo, to: inAMinute })
      expect(recent.map((e) => e.changes.receipt_header.after)).toEqual(["Three", "Two", "One"])
      expect(await entries({ entity_type: "branch", from: inAMinute })).toEqual([])
      expect(await entries({ action: "update", to: minuteAgo, branch_id: mnl, entity_type: "branch" })).toEqual([])

      const wrong = await call("get", "/admin/kassa/audit/entries?from=yesterday", owner)
      expect(wrong.status).toBe(400)
      expect(wrong.data.message).toContain("for field 'from'")
    })

    it("refuses to rewrite the log, and verify finds a row altered or removed behind its back", async () => {
      await call("post", `/admin/kassa/branches/${mnl}`, owner, { receipt_header: "Before tampering" })
      await call("post", `/admin/kassa/branches/${mnl}`, owner, { receipt_header: "Later" })
      // Writers at the same moment still make one unbroken chain.
      await Promise.all(["A", "B", "C", "D", "E", "F"].map((c) => call("post", `/admin/kassa/branches/${dav}`, owner, { receipt_footer: c })))
      const clean = await call("get", "/admin/kassa/audit/verify", owner)
      expect(clean.data).toEqual(expect.objectContaining({ ok: true, broken: null }))
      expect(clean.data.checked).toBeGreaterThan(100)
      const target = (await entries({ entity_type: "branch", action: "update", branch_id: mnl }))[1].seq

      const db = dbConnection
      await expect(db.raw(`update kassa_audit_entry set actor_name = 'someone else' where seq = ?`, [target])).rejects.toThrow(/append-only/)
      await expect(db.raw(`delete from kassa_audit_entry where seq = ?`, [target])).rejects.toThrow(/append-only/)
      await expect(db.raw(`truncate kassa_audit_entry`)).rejects.toThrow(/append-only/)

      // Someone with the table owner's rights switches the guard off and edits a diff.
      await db.raw(`alter table kassa_audit_entry disable trigger kassa_audit_entry_no_update`)
      await db.raw(`update kassa_audit_entry set changes = jsonb_set(changes, '{receipt_header,after}', '"Forged"') where seq = ?`, [target])
      const forged = await call("get", "/admin/kassa/audit/verify", owner)
      expect(forged.data).toEqual(expect.objectContaining({ ok: false, broken: { seq: target, problem: "its content does not match its hash" } }))

      // Removing an entry (even a forged one) breaks the chain at the next.
      await db.raw(`delete from kassa_audit_entry where seq = ?`, [target])
      await db.raw(`alter table kassa_audit_entry enable trigger kassa_audit_entry_no_update`)
      const removed = await call("get", "/admin/kassa/audit/verify", owner)
      expect(removed.data.broken).toEqual({ seq: target + 1, problem: "entries before it are missing" })
    })
  },
})

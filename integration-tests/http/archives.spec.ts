import { rolePolicyArchives, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Entry = { action: string; entity_type: string; entity_id: string | null; actor_id: string | null; changes: Record<string, { before: unknown; after: unknown }> }

/** Manila's location and first register, and a demo accessory with stock there; Davao's location. */
async function branches(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: ["MNL", "DAV"] } })
  const byCode = Object.fromEntries((data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [b.code, b]))
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
  const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: byCode.MNL.stock_location_id, stocked_quantity: 10 }])
  return {
    mnl: byCode.MNL.stock_location_id,
    dav: byCode.DAV.stock_location_id,
    register: byCode.MNL.registers.find((r) => r.code === "R1")!.id,
    barcode: variant.barcode,
  }
}

const userId = async (container: MedusaContainer, email: string) => (await container.resolve(Modules.USER).listUsers({ email }))[0].id
const staffId = async (container: MedusaContainer, email: string) =>
  (await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: await userId(container, email) }))[0].id

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let manager: Headers
    let davManager: Headers
    let cashier: Headers
    let at: Awaited<ReturnType<typeof branches>>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      at = await branches(container)
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [at.mnl] })
      davManager = await staffHeaders(api, container, "manager.dav@example.com", { roles: ["Manager"], branch_ids: [at.dav] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [at.mnl] })
    })

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)
    const audit = async (filters: Record<string, string>): Promise<Entry[]> => {
      const { status, data } = await call("get", `/admin/kassa/audit/entries?${new URLSearchParams({ limit: "200", ...filters })}`, owner)
      expect(status).toBe(200)
      return data.entries
    }

    /** A counter sale at Manila, made by the cashier; its Medusa order stays pending. */
    async function counterSale() {
      const drawer = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: at.register, opening_float: 1000 })
      expect(drawer.status).toBe(201)
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: at.mnl, register_id: at.register })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: at.barcode, quantity: 1 })
      const sale = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `archive-${ticket.id}` } }, { tenders: [{ method: "cash", tendered: 100000 }] })
      expect(sale.status).toBe(200)
      return sale.data.sale.order_id as string
    }
    const listed = async (url: string) => ((await call("get", url, owner)).data.orders as { id: string; status: string }[]).map((o) => o.id)

    it("archives a completed order with a reason, hides it from the order list, and restores it; refuses what it should", async () => {
      const orderId = await counterSale()

      // A counter sale stays pending in Medusa, but it is settled (paid, handed over): archived as it is, restored to pending.
      const pending = await call("post", `/admin/kassa/orders/${orderId}/archive`, manager, { reason: "Old test sale" })
      expect([pending.status, pending.data.order?.archive?.previous_status]).toEqual([200, "pending"])
      // Archived, it is history at the counter too: no return, no void until restored.
      const itemId = (await call("get", `/admin/orders/${orderId}?fields=items.id`, owner)).data.order.items[0].id
      const asManager = (key: string) => ({ headers: { ...manager.headers, "idempotency-key": `${key}-${orderId}` } })
      const ret = await call("post", "/admin/kassa/pos/returns", asManager("archived-return"), { order_id: orderId, register_id: at.register, reason: "Changed mind", refund: { method: "cash" }, items: [{ item_id: itemId, quantity: 1, condition: "resellable" }] })
      expect([ret.status, ret.data.message]).toEqual([400, expect.stringContaining("is archived: a manager restores it")])
      const voided = await call("post", `/admin/kassa/pos/sales/${orderId}/void`, asManager("archived-void"), { reason: "Wrong item" })
      expect([voided.status, voided.data.message]).toEqual([400, expect.stringContaining("is archived: a manager restores it")])
      expect((await call("post", `/admin/kassa/orders/${orderId}/restore`, manager, {})).data.order.status).toBe("pending")
      // An order still owed and not handed over is refused, saying why.
      const unsettled = await getContainer().resolve(Modules.ORDER).createOrders({
        currency_code: "php",
        email: "owed@example.com",
        items: [{ title: "Phone on order", quantity: 1, unit_price: 1000 }],
      })
      const owed = await call("post", `/admin/kassa/orders/${unsettled.id}/archive`, owner, { reason: "Old test sale" })
      expect([owed.status, owed.data.message]).toEqual([400, expect.stringMatching(/is pending and not settled \(money owed or units not handed over\)/)])
      expect((await call("post", `/admin/orders/${orderId}/complete`, owner, {})).status).toBe(200)

      // Who may: not a cashier, not a manager of another branch; a reason is required.
      const byCashier = await call("post", `/admin/kassa/orders/${orderId}/archive`, cashier, { reason: "Old test sale" })
      expect(byCashier.status).toBe(403)
      expect(byCashier.data.message).toContain("order:archive")
      expect((await call("post", `/admin/orders/${orderId}/archive`, cashier, {})).data.message).toContain("order:archive")
      expect((await call("post", `/admin/kassa/orders/${orderId}/archive`, davManager, { reason: "Old test sale" })).status).toBe(403)
      const noReason = await call("post", `/admin/kassa/orders/${orderId}/archive`, manager, {})
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason")
      const live = await call("post", `/admin/kassa/orders/${orderId}/restore`, manager, {})
      expect(live.status).toBe(400)
      expect(live.data.message).toMatch(/is not archived \(it is completed\)/)
      expect((await call("post", `/admin/kassa/orders/order_unknown/archive`, manager, { reason: "Old test sale" })).status).toBe(404)

      expect(await listed(`/admin/orders?id=${orderId}&fields=id,status`)).toEqual([orderId])
      const archived = await call("post", `/admin/kassa/orders/${orderId}/archive`, manager, { reason: "Old test sale" })
      expect(archived.status).toBe(200)
      expect(archived.data.order.archive).toEqual(expect.objectContaining({ previous_status: "completed", reason: "Old test sale", by: await userId(getContainer(), "manager.mnl@example.com") }))
      const twice = await call("post", `/admin/kassa/orders/${orderId}/archive`, manager, { reason: "Old test sale" })
      expect(twice.status).toBe(400)
      expect(twice.data.message).toMatch(/is already archived/)

      // Hidden from the default list, found by asking for archived orders; the branch's manager of elsewhere cannot restore it.
      expect(await listed(`/admin/orders?id=${orderId}&fields=id,status`)).toEqual([])
      expect(await listed(`/admin/orders?id=${orderId}&status=archived&fields=id,status`)).toEqual([orderId])
      // What the Archived orders page asks for: the archive with its reason.
      const page = await call("get", "/admin/orders?status=archived&order=-updated_at&fields=id,display_id,custom_display_id,email,created_at,metadata", manager)
      expect(page.status).toBe(200)
      expect(page.data.orders.find((o: { id: string }) => o.id === orderId).metadata.kassa_archived).toEqual(expect.objectContaining({ reason: "Old test sale" }))
      expect((await call("post", `/admin/kassa/orders/${orderId}/restore`, davManager, {})).status).toBe(403)

      const restored = await call("post", `/admin/kassa/orders/${orderId}/restore`, manager, {})
      expect(restored.status).toBe(200)
      expect(restored.data.order.status).toBe("completed")
      expect(await listed(`/admin/orders?id=${orderId}&fields=id,status`)).toEqual([orderId])
      const [order] = await getContainer().resolve(Modules.ORDER).listOrders({ id: orderId }, { select: ["status", "metadata"] })
      expect(order.metadata?.kassa_archived).toBeUndefined()

      // Both changes are in the audit log, by the manager.
      const changes = (await audit({ entity_type: "order", entity_id: orderId })).filter((e) => e.changes.status)
      expect(changes.map((e) => e.changes.status)).toEqual(expect.arrayContaining([{ before: "completed", after: "archived" }, { before: "archived", after: "completed" }]))
    })

    it("archives a customer without losing them, lists the archive, and restores them", async () => {
      const created = await call("post", "/admin/customers", owner, { first_name: "Archie", last_name: "Reyes", email: "archie@example.com" })
      expect(created.status).toBe(200)
      const id = created.data.customer.id as string
      const found = async () => ((await call("get", `/admin/customers?id=${id}`, owner)).data.customers as { id: string }[]).map((c) => c.id)

      expect((await call("post", `/admin/kassa/customers/${id}/archive`, cashier, { reason: "Moved abroad" })).status).toBe(403)

      // An install from before archives: its Manager role gets both policies once, from the migration script.
      const staff = getContainer().resolve<StaffModuleService>(STAFF_MODULE)
      const [role] = await staff.listStaffRoles({ name: "Manager", is_system: true }, { select: ["id", "policies"] })
      await staff.updateStaffRoles([{ id: role.id, policies: (role.policies as string[]).filter((p) => !p.endsWith(":archive")) }])
      expect((await call("get", "/admin/kassa/customers/archived", manager)).status).toBe(403)
      for (let run = 0; run < 2; run++) await rolePolicyArchives({ container: getContainer() })
      const [after] = await staff.listStaffRoles({ id: role.id }, { select: ["policies"] })
      expect((after.policies as string[]).filter((p) => p.endsWith(":archive")).sort()).toEqual(["customer:archive", "order:archive"])
      expect((await call("post", `/admin/kassa/customers/${id}/archive`, manager, { reason: "" })).status).toBe(400)
      const live = await call("post", `/admin/kassa/customers/${id}/restore`, manager, {})
      expect(live.status).toBe(400)
      expect(live.data.message).toBe("Customer Archie Reyes is not archived")

      expect((await call("post", `/admin/kassa/customers/${id}/archive`, manager, { reason: "Moved abroad" })).status).toBe(200)
      expect(await found()).toEqual([])
      const twice = await call("post", `/admin/kassa/customers/${id}/archive`, manager, { reason: "Moved abroad" })
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe("Customer Archie Reyes is already archived")

      const list = await call("get", "/admin/kassa/customers/archived", manager)
      expect(list.status).toBe(200)
      expect(list.data.customers).toEqual(
        expect.arrayContaining([expect.objectContaining({ id, restorable: true, archive: expect.objectContaining({ reason: "Moved abroad" }) })])
      )
      expect((await call("get", "/admin/kassa/customers/archived", cashier)).status).toBe(403)
      expect((await call("get", "/admin/kassa/customers/archived?limit=0", manager)).status).toBe(400)

      // While archived, someone else took the e-mail: restoring would make two live customers with it.
      const taken = await call("post", "/admin/customers", owner, { first_name: "Other", last_name: "Archie", email: "archie@example.com" })
      expect(taken.status).toBe(200)
      const clash = await call("post", `/admin/kassa/customers/${id}/restore`, manager, {})
      expect(clash.status).toBe(400)
      expect(clash.data.message).toBe("Customer with email: archie@example.com, has_account: false, already exists.")
      expect(((await call("get", "/admin/kassa/customers/archived", manager)).data.customers as { id: string }[]).map((c) => c.id)).toContain(id)
      await getContainer().resolve(Modules.CUSTOMER).deleteCustomers([taken.data.customer.id])

      expect((await call("post", `/admin/kassa/customers/${id}/restore`, manager, {})).status).toBe(200)
      expect(await found()).toEqual([id])
      const [customer] = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ id }, { select: ["metadata"] })
      expect(customer.metadata?.kassa_archived).toBeUndefined()
      expect(((await call("get", "/admin/kassa/customers/archived", manager)).data.customers as { id: string }[]).map((c) => c.id)).not.toContain(id)

      const trail = await audit({ entity_type: "customer", entity_id: id })
      // Newest first: the reason written, the soft delete, the restore, the reason cleared.
      expect(trail.map((e) => e.action).slice(0, 4)).toEqual(["update", "restore", "delete", "update"])
      expect(trail[3].changes.metadata.after).toEqual({ kassa_archived: expect.objectContaining({ reason: "Moved abroad" }) })
    })

    it("archives a staff member (refused at their next request) and restores them; never oneself, never the last owner", async () => {
      const container = getContainer()
      const cashierId = await staffId(container, "cashier.mnl@example.com")
      expect((await call("get", "/admin/kassa/me", cashier)).status).toBe(200)

      expect((await call("post", `/admin/kassa/staff/${cashierId}/archive`, cashier, { reason: "Left the company" })).status).toBe(403)
      expect((await call("post", `/admin/kassa/staff/${cashierId}/archive`, manager, {})).status).toBe(400)
      expect((await call("post", `/admin/kassa/staff/${cashierId}/restore`, manager, {})).data.message).toBe("This staff member is not archived")

      const archived = await call("post", `/admin/kassa/staff/${cashierId}/archive`, manager, { reason: "Left the company" })
      expect(archived.status).toBe(200)
      expect(archived.data.staff).toEqual(expect.objectContaining({ is_active: false, archive_reason: "Left the company", archived_at: expect.any(String) }))
      expect((await call("get", "/admin/kassa/me", cashier)).status).toBe(403)
      expect((await call("post", `/admin/kassa/staff/${cashierId}/archive`, manager, { reason: "Left the company" })).data.message).toBe("This staff member is already archived")

      const restored = await call("post", `/admin/kassa/staff/${cashierId}/restore`, manager, {})
      expect(restored.status).toBe(200)
      expect(restored.data.staff).toEqual(expect.objectContaining({ is_active: true, archive_reason: null, archived_at: null }))
      expect((await call("get", "/admin/kassa/me", cashier)).status).toBe(200)
      // Reactivating through the staff route is a restore too: no archive left behind on an active member.
      expect((await call("post", `/admin/kassa/staff/${cashierId}/archive`, manager, { reason: "Second thoughts" })).status).toBe(200)
      const reactivated = await call("post", `/admin/kassa/staff/${cashierId}`, manager, { is_active: true })
      expect(reactivated.data.staff).toEqual(expect.objectContaining({ is_active: true, archive_reason: null, archived_at: null }))
      const trail = (await audit({ entity_type: "staff_member", entity_id: cashierId })).filter((e) => e.changes.archive_reason)
      expect(trail.map((e) => e.changes.archive_reason)).toEqual(expect.arrayContaining([{ before: null, after: "Left the company" }, { before: "Left the company", after: null }]))

      // Oneself: refused.
      const ownerId = await staffId(container, "owner@example.com")
      const self = await call("post", `/admin/kassa/staff/${ownerId}/archive`, owner, { reason: "Testing myself" })
      expect(self.status).toBe(400)
      expect(self.data.message).toBe("You cannot archive yourself")

      // The last active owner: refused, even to a manager of every branch.
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const [ownerRole] = await staff.listStaffRoles({ name: "Owner" })
      const others = (await staff.listStaffMembers({ is_active: true })).filter((s) => (s.role_ids as string[]).includes(ownerRole.id) && s.id !== ownerId)
      if (others.length) await staff.updateStaffMembers(others.map((s) => ({ id: s.id, is_active: false })))
      const hq = await staffHeaders(api, container, "manager.hq@example.com", { roles: ["Manager"], all_branches: true, branch_ids: [] })
      const last = await call("post", `/admin/kassa/staff/${ownerId}/archive`, hq, { reason: "Testing the last owner" })
      expect(last.status).toBe(400)
      expect(last.data.message).toBe("This is the last active owner: make someone else an owner first")
      const deactivate = await call("post", `/admin/kassa/staff/${ownerId}`, hq, { is_active: false })
      expect(deactivate.status).toBe(400)
      expect(deactivate.data.message).toBe("This is the last active owner: make someone else an owner first")
    })
  },
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Register = { id: string; code: string; is_active: boolean }

/** Manila's location and registers, and a demo accessory with stock there. */
async function manila(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: "MNL" } })
  const branch = data[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
  const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: branch.stock_location_id, stocked_quantity: 10 }])
  return { location: branch.stock_location_id, registers: Object.fromEntries(branch.registers.map((r) => [r.code, r.id])), barcode: variant.barcode }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let mnl: Awaited<ReturnType<typeof manila>>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      mnl = await manila(container)
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl.location] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl.location] })
    })

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)
    const registersOf = async () => ((await call("get", `/admin/kassa/branches/${mnl.location}`, owner)).data.branch.registers as Register[])

    it("closes a branch only with its drawers counted, refuses every change there while closed, keeps its records readable, and reopens it", async () => {
      // A day's sale at R1, its drawer still open.
      const drawer = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: mnl.registers.R1, opening_float: 1000 })
      expect(drawer.status).toBe(201)
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl.location, register_id: mnl.registers.R1 })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: mnl.barcode, quantity: 1 })
      const sale = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `close-${ticket.id}` } }, { tenders: [{ method: "cash", tendered: 100000 }] })
      expect(sale.status).toBe(200)

      // Who may close, and with what.
      expect((await call("post", `/admin/kassa/branches/${mnl.location}/close`, cashier, { reason: "Lease ended" })).status).toBe(403)
      const noReason = await call("post", `/admin/kassa/branches/${mnl.location}/close`, manager, { reason: " " })
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toContain("reason")
      expect((await call("post", `/admin/kassa/branches/${mnl.location}/reopen`, manager, {})).data.message).toBe("Branch MNL is open")

      // An open drawer stops the close, named; nothing changes.
      const refused = await call("post", `/admin/kassa/branches/${mnl.location}/close`, manager, { reason: "Lease ended" })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe("Branch MNL cannot close yet: a drawer is still open at Counter 1 (R1): close it with a Z report first")
      expect((await registersOf()).every((r) => r.is_active)).toBe(true)
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${drawer.data.drawer_session.id}/report`, cashier)).data
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${drawer.data.drawer_session.id}/close`, cashier, { counted_cash: Number(x.figures.cash.expected) })).status).toBe(200)

      // Two managers closing at once: one close, the other told it is closed already.
      const both = await Promise.all([manager, owner].map((who) => call("post", `/admin/kassa/branches/${mnl.location}/close`, who, { reason: "Lease ended" })))
      expect(both.map((r) => r.status).sort()).toEqual([200, 400])
      expect(both.find((r) => r.status === 400)!.data.message).toBe("Branch MNL is already closed")
      const closed = both.find((r) => r.status === 200)!.data.branch
      expect(closed.details).toEqual(expect.objectContaining({ close_reason: "Lease ended", closed_at: expect.any(String) }))
      expect(closed.registers.every((r: Register) => !r.is_active)).toBe(true)

      // Closed: no drawer, no ticket, no settings change; the message says why and what to do.
      const drawerAgain = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: mnl.registers.R1, opening_float: 1000 })
      expect(drawerAgain.status).toBeGreaterThanOrEqual(400)
      const ticketAgain = await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl.location, register_id: mnl.registers.R2 })
      expect(ticketAgain.status).toBeGreaterThanOrEqual(400)
      const settings = await call("post", `/admin/kassa/pos/branches/${mnl.location}/settings`, manager, { allow_negative_stock: true })
      expect(settings.status).toBe(409)
      expect(settings.data.message).toMatch(/^Branch MNL is closed \(since \d{4}-\d{2}-\d{2}: Lease ended\): reopen it before making changes there$/)
      // Its records stay: the sale's receipt, the branch's sales.
      expect((await call("get", `/admin/kassa/pos/sales/${sale.data.sale.order_id}/receipt`, owner)).status).toBe(200)
      // Audited: who closed it and why.
      const audit = await call("get", `/admin/kassa/audit/entries?entity_type=branch&action=update`, owner)
      expect(audit.data.entries.find((e: { changes: { close_reason?: { after: string } } }) => e.changes.close_reason?.after === "Lease ended")).toBeTruthy()

      // Reopened: the registers it had, and the counter sells again.
      const reopened = await call("post", `/admin/kassa/branches/${mnl.location}/reopen`, manager, {})
      expect(reopened.status).toBe(200)
      expect(reopened.data.branch.details.closed_at).toBeNull()
      expect((await registersOf()).every((r) => r.is_active)).toBe(true)
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: mnl.registers.R1, opening_float: 1000 })).status).toBe(201)
      expect((await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl.location, register_id: mnl.registers.R1 })).status).toBe(201)
    })

    it("keeps a register retired before the close retired after it reopens", async () => {
      const r2 = mnl.registers.R2
      expect((await call("post", `/admin/kassa/registers/${r2}`, owner, { is_active: false })).status).toBe(200)
      expect((await call("post", `/admin/kassa/branches/${mnl.location}/close`, owner, { reason: "Renovation" })).status).toBe(200)
      expect((await call("post", `/admin/kassa/branches/${mnl.location}/reopen`, owner, {})).status).toBe(200)
      const registers = await registersOf()
      expect(registers.find((r) => r.id === r2)!.is_active).toBe(false)
      expect(registers.find((r) => r.id === mnl.registers.R1)!.is_active).toBe(true)
    })
  },
})

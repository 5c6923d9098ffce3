import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { toCentavos } from "@kassa/core/kit"
import { POS_RETURN_COMPLETED } from "@kassa/pos/kit"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Unit = {
  id: string
  source: string
  held_by: string
  reservation_id: string | null
  return_id: string | null
  serial_number: string | null
  reason: string
  disposal_status: string
  rma_number: string | null
  written_off_cost: number | string | null
  written_off_currency: string | null
}
type Item = { id: string; barcode: string; title: string; inventoryItemId: string }

async function branchesOf(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
  return Object.fromEntries(
    (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [
      b.code,
      { location: b.stock_location_id, register: b.registers.find((r) => r.code === "R1")!.id },
    ])
  ) as Record<string, { location: string; register: string }>
}

/** A demo variant (the first of its category, `skip` further on) with `units` stocked at the branch. */
async function item(container: MedusaContainer, category: string, skip: number, location: string, units: number): Promise<Item> {
  const sku = buildCatalog().filter((p) => p.category === category)[skip].variants[0].sku
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "barcode", "product.title", "inventory_items.inventory_item_id"], filters: { sku } })
  const v = data[0] as { id: string; barcode: string; product: { title: string }; inventory_items: { inventory_item_id: string }[] }
  const inventoryItemId = v.inventory_items[0].inventory_item_id
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: location, stocked_quantity: units }])
  return { id: v.id, barcode: v.barcode, title: v.product.title, inventoryItemId }
}

async function levelOf(container: MedusaContainer, inventoryItemId: string, location: string) {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: location })
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity), available: Number(level.stocked_quantity) - Number(level.reserved_quantity) }
}

async function costOf(container: MedusaContainer, variantId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "variant_cost", fields: ["amount", "currency_code"], filters: { variant_id: variantId } })
  const c = data[0] as { amount: number | string; currency_code: string }
  return { centavos: toCentavos(c.amount), currency_code: c.currency_code }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let register: string
    let owner: Headers
    let manager: Headers
    let managerCeb: Headers
    let cashier: Headers

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const branches = await branchesOf(container)
      mnl = branches.MNL.location
      register = branches.MNL.register
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      managerCeb = await staffHeaders(api, container, "manager.ceb@example.com", { roles: ["Manager"], branch_ids: [branches.CEB.location] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      expect((await api.post("/admin/kassa/pos/drawer-sessions", { register_id: register, opening_float: 2000 }, cashier)).status).toBe(201)
    })

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    /** A counter sale of `quantity` units (with their serials, if given); the order and its line. */
    async function sell(it: Item, quantity: number, serials?: string[]) {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: register })).data.ticket
      const line = (await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: it.barcode, quantity })).data.ticket.lines[0]
      if (serials) await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines/${line.id}`, cashier, { serial_numbers: serials })
      const sold = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `defect-${ticket.id}` } }, {
        tenders: [{ method: "cash", tendered: 10_000_000 }],
      })
      expect([sold.status, sold.data.message]).toEqual([200, undefined])
      const { data } = await api.get(`/admin/orders/${sold.data.sale.order_id}?fields=id,*items`, owner)
      return { orderId: sold.data.sale.order_id as string, lineId: data.order.items[0].id as string }
    }

    /** A counter return taken by the manager (who may refund), refunded in cash. */
    const giveBack = (orderId: string, items: { item_id: string; quantity: number; condition: "resellable" | "damaged" }[]) =>
      call("post", "/admin/kassa/pos/returns", manager, { order_id: orderId, register_id: register, reason: "Screen dead on arrival", refund: { method: "cash" }, items })

    const unitsAt = async (who: Headers = manager, status = "") =>
      (await call("get", `/admin/kassa/warranty/defective-units?location_id=${mnl}${status ? `&disposal_status=${status}` : ""}`, who)).data.defective_units as Unit[]

    /** The return's units, once the subscriber has booked them (it runs after the return's response). */
    async function unitsOfReturn(returnId: string, expected: number) {
      for (let i = 0; i < 50; i++) {
        const units = (await unitsAt()).filter((u) => u.return_id === returnId)
        if (units.length >= expected) return units
        await sleep(200)
      }
      return (await unitsAt()).filter((u) => u.return_id === returnId)
    }

    const logUnit = (who: Headers, body: Record<string, unknown>) => call("post", "/admin/kassa/warranty/defective-units", who, { location_id: mnl, reason: "Found cracked on the shelf", ...body })
    const dispose = (id: string, body: Record<string, unknown>, who: Headers = manager) => call("post", `/admin/kassa/warranty/defective-units/${id}`, who, body)

    it("books each damaged unit of a counter return once (even when the event comes twice), out of sellable stock, and a repaired one goes back on the shelf", async () => {
      const container = getContainer()
      const phone = await item(container, "iPhone", 0, mnl, 7)
      const sale = await sell(phone, 2, ["SN-DEF-1", "SN-DEF-2"])
      expect((await levelOf(container, phone.inventoryItemId, mnl)).stocked).toBe(5)

      const returned = await giveBack(sale.orderId, [{ item_id: sale.lineId, quantity: 2, condition: "damaged" }])
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      const record = returned.data.return
      // Dismissed by the return: received, not restocked.
      expect((await levelOf(container, phone.inventoryItemId, mnl)).stocked).toBe(5)

      const units = await unitsOfReturn(record.id, 2)
      expect(units).toHaveLength(2)
      expect(units.map((u) => u.serial_number).sort()).toEqual(["SN-DEF-1", "SN-DEF-2"])
      for (const u of units) {
        expect(u).toEqual(expect.objectContaining({ source: "return", held_by: "not_stocked", reservation_id: null, reason: "Screen dead on arrival", disposal_status: "pending" }))
        expect(u.id).toMatch(/^wdef_/)
      }

      // The event again, twice at once (a redelivery, a recovery's second announcement): still two units.
      const events = container.resolve(Modules.EVENT_BUS)
      const data = { id: record.id, number: record.number, order_id: sale.orderId, stock_location_id: mnl, register_id: register, created_by: "test" }
      await Promise.all([events.emit({ name: POS_RETURN_COMPLETED, data }), events.emit({ name: POS_RETURN_COMPLETED, data })])
      await sleep(2000)
      expect((await unitsAt()).filter((u) => u.return_id === record.id)).toHaveLength(2)

      // Repaired: an unstocked unit adds one to the branch's stock.
      const repaired = await dispose(units[0].id, { disposal_status: "repaired" })
      expect([repaired.status, repaired.data.message]).toEqual([200, undefined])
      expect(repaired.data.defective_unit).toEqual(expect.objectContaining({ disposal_status: "repaired" }))
      expect((await levelOf(container, phone.inventoryItemId, mnl)).stocked).toBe(6)
      // Written off: an unstocked unit moves no stock.
      expect((await dispose(units[1].id, { disposal_status: "disposed" })).status).toBe(200)
      expect((await levelOf(container, phone.inventoryItemId, mnl)).stocked).toBe(6)
    })

    it("holds a faulty shelf unit with a reservation, refuses when none is available, and disposes of it once: written off, repaired, back to the supplier", async () => {
      const container = getContainer()
      const acc = await item(container, "Accessories", 3, mnl, 3)
      const cost = await costOf(container, acc.id)

      // Who may: a cashier has no warranty:update, another branch's manager not at Manila.
      expect((await logUnit(cashier, { variant_id: acc.id })).status).toBe(403)
      expect((await logUnit(managerCeb, { variant_id: acc.id })).status).toBe(403)
      const bad = await logUnit(manager, { variant_id: acc.id, reason: "" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("Invalid request")

      const logged = await logUnit(manager, { variant_id: acc.id, serial_number: "ACC-1" })
      expect([logged.status, logged.data.message]).toEqual([201, undefined])
      const unit: Unit = logged.data.defective_unit
      expect(unit).toEqual(expect.objectContaining({ source: "shelf", held_by: "reservation", serial_number: "ACC-1", disposal_status: "pending" }))
      const [reservation] = await container.resolve(Modules.INVENTORY).listReservationItems({ id: unit.reservation_id! })
      expect(reservation).toEqual(expect.objectContaining({ description: `Defective unit ${unit.id}`, location_id: mnl, inventory_item_id: acc.inventoryItemId }))
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 3, reserved: 1, available: 2 })

      // Two more held: none left to sell, so a fourth is refused.
      const second = (await logUnit(manager, { variant_id: acc.id })).data.defective_unit as Unit
      const third = (await logUnit(manager, { variant_id: acc.id })).data.defective_unit as Unit
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 3, reserved: 3, available: 0 })
      const none = await logUnit(manager, { variant_id: acc.id })
      expect(none.status).toBe(400)
      expect(none.data.message).toContain("No unit of")
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 3, reserved: 3, available: 0 })

      // Written off: the reservation goes and the unit leaves the stocked quantity; its cost is kept.
      const written = await dispose(unit.id, { disposal_status: "disposed" })
      expect([written.status, written.data.message]).toEqual([200, undefined])
      expect(toCentavos(written.data.defective_unit.written_off_cost)).toBe(cost.centavos)
      expect(written.data.defective_unit.written_off_currency).toBe(cost.currency_code)
      expect(await container.resolve(Modules.INVENTORY).listReservationItems({ id: unit.reservation_id! })).toHaveLength(0)
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 2, reserved: 2, available: 0 })

      // Only a pending unit: a second disposal is refused and moves nothing.
      const again = await dispose(unit.id, { disposal_status: "repaired" })
      expect(again.status).toBe(400)
      expect(again.data.message).toBe(`Defective unit ${unit.id} is already disposed`)
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 2, reserved: 2, available: 0 })

      // Repaired: sellable again (the reservation goes, the unit stays stocked).
      expect((await dispose(second.id, { disposal_status: "repaired" })).status).toBe(200)
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 2, reserved: 1, available: 1 })

      // Back to the supplier needs its RMA number.
      const noRma = await dispose(third.id, { disposal_status: "returned_to_supplier" })
      expect(noRma.status).toBe(400)
      expect(noRma.data.message).toContain("rma_number")
      const rma = await dispose(third.id, { disposal_status: "returned_to_supplier", rma_number: "RMA-2026-0042" })
      expect([rma.status, rma.data.message]).toEqual([200, undefined])
      expect(rma.data.defective_unit).toEqual(expect.objectContaining({ disposal_status: "returned_to_supplier", rma_number: "RMA-2026-0042" }))
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 1, reserved: 0, available: 1 })

      // Another branch's manager may not dispose of Manila's units; a cashier may not either.
      const fourth = (await logUnit(manager, { variant_id: acc.id })).data.defective_unit as Unit
      expect((await dispose(fourth.id, { disposal_status: "disposed" }, managerCeb)).status).toBe(403)
      expect((await dispose(fourth.id, { disposal_status: "disposed" }, cashier)).status).toBe(403)

      // Two managers at once: one disposal wins, the stock moves once.
      const raced = await Promise.all([dispose(fourth.id, { disposal_status: "disposed" }), dispose(fourth.id, { disposal_status: "disposed" }, owner)])
      expect(raced.map((r) => r.status).sort()).toEqual([200, 400])
      expect(await levelOf(container, acc.inventoryItemId, mnl)).toEqual({ stocked: 0, reserved: 0, available: 0 })
    })

    it("reports pending defective stock per branch with its value at cost, as JSON and CSV", async () => {
      const container = getContainer()
      const a = await item(container, "Accessories", 5, mnl, 4)
      const b = await item(container, "Accessories", 6, mnl, 4)
      const [ca, cb] = [await costOf(container, a.id), await costOf(container, b.id)]
      for (const v of [a, a, b]) expect((await logUnit(manager, { variant_id: v.id, serial_number: `R-${v.id.slice(-4)}` })).status).toBe(201)

      const report = await call("get", `/admin/kassa/warranty/defective-units/report?location_id=${mnl}`, manager)
      expect([report.status, report.data.message]).toEqual([200, undefined])
      expect(report.data.branches).toHaveLength(1)
      const branch = report.data.branches[0]
      expect(branch).toEqual(expect.objectContaining({ stock_location_id: mnl, code: "MNL", count: 3, value_minor: 2 * ca.centavos + cb.centavos }))
      expect(branch.units).toHaveLength(3)

      const csv = await call("get", `/admin/kassa/warranty/defective-units/report?location_id=${mnl}&format=csv`, manager)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toContain("text/csv")
      const lines = (csv.data as string).trim().split("\n")
      expect(lines[0]).toBe("branch,id,received_at,source,sku,product,serial_number,reason,held_by,status,rma_number,cost,currency")
      expect(lines).toHaveLength(4)
      expect(lines.slice(1).every((l) => l.startsWith("MNL,wdef_") && l.includes(",shelf,"))).toBe(true)

      expect((await call("get", `/admin/kassa/warranty/defective-units/report?location_id=${mnl}&format=xlsx`, manager)).status).toBe(400)
      expect((await call("get", `/admin/kassa/warranty/defective-units/report?location_id=${mnl}`, cashier)).status).toBe(403)
      expect((await call("get", `/admin/kassa/warranty/defective-units/report?location_id=${mnl}`, managerCeb)).status).toBe(403)
    })

    it("keeps a damaged return out of sellable stock where warranty is switched off (and books no unit there)", async () => {
      const container = getContainer()
      const acc = await item(container, "Accessories", 8, mnl, 6)
      const off = await call("post", `/admin/kassa/branches/${mnl}/plugins`, owner, { plugin: "warranty", enabled: false })
      expect(off.status).toBeLessThan(300)
      const sale = await sell(acc, 2)
      expect((await levelOf(container, acc.inventoryItemId, mnl)).stocked).toBe(4)
      const returned = await giveBack(sale.orderId, [{ item_id: sale.lineId, quantity: 2, condition: "damaged" }])
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      await sleep(1500)
      expect((await levelOf(container, acc.inventoryItemId, mnl)).stocked).toBe(4)
      const booked = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION)("kassa_warranty_defective_unit").where({ return_id: returned.data.return.id })
      expect(booked).toHaveLength(0)
    })
  },
})

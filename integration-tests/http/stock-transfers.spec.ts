import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/test-runner"
import { toCentavos } from "@kassa/core/kit"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"
import { branchesByCode } from "../helpers/counter-world"

jest.setTimeout(300000)

const base = "/admin/kassa/stock"
type Response = { status: number; data: { message?: string } & Record<string, any> }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let davao: string
    let r1: string
    let owner: Headers
    let manager: Headers
    let cebManager: Headers
    let cashier: Headers

    // Axios errors carry circular requests that crash jest's worker: keep status and body only.
    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown): Promise<Response> =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).then(
        (r) => ({ status: r.status, data: r.data }),
        (e: { response?: Response; message: string }) => {
          if (!e.response) throw new Error(e.message)
          return { status: e.response.status, data: e.response.data }
        }
      )

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const branches = await branchesByCode(container)
      ;({ location: mnl, r1 } = branches.MNL)
      ceb = branches.CEB.location
      davao = branches.DAV.location
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cebManager = await staffHeaders(api, container, "manager.ceb@example.com", { roles: ["Manager"], branch_ids: [ceb] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 2000 })).status).toBe(201)
    })

    /** The n-th demo accessory (not serialized) with `stock` units at Manila. */
    const accessory = async (n: number, stock: number) => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[n].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: stock }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "barcode"], filters: { sku } })
      const v = data[0] as { id: string; barcode: string }
      return { sku, variantId: v.id, barcode: v.barcode, itemId: item.id as string }
    }
    const level = async (itemId: string, location: string) => {
      const [l] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId, location_id: location })
      return l ? { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) } : { stocked: 0, reserved: 0 }
    }
    /** A ticket at Manila's R1 with one unit; its checkout (a line refused is a refused sale). */
    const ticketWith = async (barcode: string) => {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: r1 })).data.ticket
      const line = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: barcode, quantity: 1 })
      return { id: ticket.id as string, line }
    }
    const checkout = (ticketId: string) =>
      call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `tr-${ticketId}` } }, { tenders: [{ method: "cash", tendered: 100_000 }] })
    const sellOne = async (barcode: string) => {
      const t = await ticketWith(barcode)
      return t.line.status === 200 ? checkout(t.id) : t.line
    }
    /** The audit reasons of a level's entries that start with `prefix` (the audit is written after the commit). */
    const auditReasons = async (itemId: string, location: string, prefix: string, want: number) => {
      const [l] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId, location_id: location })
      let reasons: string[] = []
      for (const deadline = Date.now() + 10000; reasons.length < want && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        const { entries } = (await call("get", `/admin/kassa/audit/entries?entity_id=${l.id}`, owner)).data
        reasons = entries.map((e: { reason: string | null }) => e.reason).filter((r: string | null) => r?.startsWith(prefix))
      }
      return reasons
    }
    const request = (who: Headers, itemVariant: string, quantity: number, to = ceb) =>
      call("post", `${base}/transfers`, who, { from_location_id: mnl, to_location_id: to, note: "For the Cebu launch", lines: [{ variant_id: itemVariant, quantity }] })

    it("transfers Manila → Cebu with a discrepancy: reserved, then in transit, unsellable at the counter; received by Cebu's manager; a cancel releases", async () => {
      const a = await accessory(0, 3)
      const cebBefore = await level(a.itemId, ceb)

      // Refusals: no policy, the wrong branch, more than available (naming the SKU), a bad body.
      expect((await request(cashier, a.variantId, 1)).status).toBe(403)
      expect((await request(cebManager, a.variantId, 1)).status).toBe(403)
      const tooMany = await request(manager, a.variantId, 4)
      expect([tooMany.status, tooMany.data.message]).toEqual([400, `${a.sku}: 3 available at the source, the transfer wants 4`])
      const same = await call("post", `${base}/transfers`, manager, { from_location_id: mnl, to_location_id: mnl, lines: [{ variant_id: a.variantId, quantity: 1 }] })
      expect([same.status, same.data.message]).toEqual([400, expect.stringContaining("to_location_id must differ from from_location_id")])
      expect(await level(a.itemId, mnl)).toEqual({ stocked: 3, reserved: 0 })

      const requested = await request(manager, a.variantId, 3)
      expect(requested.status).toBe(201)
      const t = requested.data.transfer
      expect(t).toMatchObject({ kind: "branch", status: "pending", from_location_id: mnl, to_location_id: ceb, note: "For the Cebu launch" })
      // The refusal above took no number.
      expect(t.number).toMatch(/^TR-MNLCEB-0001-\d{4}$/)
      const mmyy = `${String(new Date().getUTCMonth() + 1).padStart(2, "0")}${String(new Date().getUTCFullYear() % 100)}`
      expect(t.number.endsWith(`-${mmyy}`)).toBe(true)
      expect(t.lines).toEqual([expect.objectContaining({ variant_id: a.variantId, sku: a.sku, quantity: 3, reservation_id: expect.stringMatching(/^resitem_/) })])
      // Reserved at Manila: a Medusa reservation; the counter cannot sell them.
      expect(await level(a.itemId, mnl)).toEqual({ stocked: 3, reserved: 3 })
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: a.itemId, location_id: mnl })
      expect(reservations.map((r) => [r.quantity, r.description])).toEqual([[3, `Transfer ${t.number}`]])
      const whileReserved = await sellOne(a.barcode)
      expect(whileReserved.status).not.toBe(200)
      // Cebu sees it in its list; Manila's cashier reads it but cannot move it.
      expect((await call("get", `${base}/transfers?location_id=${ceb}`, cebManager)).data.transfers.map((x: { id: string }) => x.id)).toContain(t.id)
      expect((await call("post", `${base}/transfers/${t.id}/dispatch`, cashier)).status).toBe(403)
      const davManager = await staffHeaders(api, getContainer(), "manager.dav@example.com", { roles: ["Manager"], branch_ids: [davao] })
      expect((await call("get", `${base}/transfers/${t.id}`, davManager)).status).toBe(403)
      expect((await call("get", `${base}/transfers/${t.id}`, cashier)).data.transfer.number).toBe(t.number)

      // Dispatch is the source's; receipt the destination's, and only once in transit.
      expect((await call("post", `${base}/transfers/${t.id}/dispatch`, cebManager)).status).toBe(403)
      const early = await call("post", `${base}/transfers/${t.id}/receive`, cebManager, {})
      expect([early.status, early.data.message]).toEqual([400, `Transfer ${t.number} is pending: it cannot become received`])
      const sent = await call("post", `${base}/transfers/${t.id}/dispatch`, manager)
      expect(sent.data.transfer).toMatchObject({ status: "in_transit", dispatched_at: expect.any(String), dispatched_by: expect.any(String) })
      expect(await level(a.itemId, mnl)).toEqual({ stocked: 0, reserved: 0 })
      expect(await getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: a.itemId, location_id: mnl })).toEqual([])
      expect((await sellOne(a.barcode)).status).not.toBe(200)
      const late = await call("post", `${base}/transfers/${t.id}/cancel`, manager)
      expect([late.status, late.data.message]).toEqual([400, `Transfer ${t.number} is in transit: it cannot become canceled`])

      // Cebu's manager confirms: two arrived, one missing; a line must be accounted for, within what was sent.
      expect((await call("post", `${base}/transfers/${t.id}/receive`, manager, {})).status).toBe(403)
      const line = t.lines[0].id
      const over = await call("post", `${base}/transfers/${t.id}/receive`, cebManager, { lines: [{ line_id: line, received_quantity: 3, damaged_quantity: 1 }] })
      expect([over.status, over.data.message]).toEqual([400, `${a.sku}: 3 received and 1 damaged, but only 3 were sent on ${t.number}`])
      const received = await call("post", `${base}/transfers/${t.id}/receive`, cebManager, { lines: [{ line_id: line, received_quantity: 2, note: "One unit missing from the box" }] })
      expect(received.status).toBe(200)
      expect(received.data.transfer).toMatchObject({ status: "received", has_discrepancy: true, received_at: expect.any(String) })
      expect(received.data.transfer.lines).toEqual([
        expect.objectContaining({ quantity: 3, received_quantity: 2, damaged_quantity: 0, missing_quantity: 1, note: "One unit missing from the box" }),
      ])
      expect(await level(a.itemId, ceb)).toEqual({ stocked: cebBefore.stocked + 2, reserved: cebBefore.reserved })
      expect((await call("post", `${base}/transfers/${t.id}/receive`, cebManager, {})).status).toBe(400)

      // The audit log names the transfer on both levels (the dispatch writes Manila's twice: the stock, then the reservation gone).
      expect(await auditReasons(a.itemId, mnl, `Transfer ${t.number} dispatched`, 2)).toHaveLength(2)
      expect(await auditReasons(a.itemId, ceb, `Transfer ${t.number} received`, 1)).toHaveLength(1)
      const { entries } = (await call("get", `/admin/kassa/audit/entries?entity_id=${t.id}`, owner)).data
      expect(entries.length).toBeGreaterThanOrEqual(3)

      // A cancel before dispatch gives the units back to the counter.
      await accessory(0, 2)
      const second = (await request(manager, a.variantId, 2)).data.transfer
      expect(await level(a.itemId, mnl)).toEqual({ stocked: 2, reserved: 2 })
      const canceled = await call("post", `${base}/transfers/${second.id}/cancel`, manager)
      expect(canceled.data.transfer).toMatchObject({ status: "canceled", canceled_at: expect.any(String) })
      expect(await level(a.itemId, mnl)).toEqual({ stocked: 2, reserved: 0 })
      expect((await sellOne(a.barcode)).status).toBe(200)
      expect(await level(a.itemId, mnl)).toEqual({ stocked: 1, reserved: 0 })

      // To a stock location that is no branch's counter (a warehouse): an internal transfer, received by staff of every branch.
      const { result: [warehouse] } = await createStockLocationsWorkflow(getContainer()).run({ input: { locations: [{ name: "Manila Warehouse" }] } })
      const internal = (await request(manager, a.variantId, 1, warehouse.id)).data.transfer
      expect(internal).toMatchObject({ kind: "internal", number: expect.stringMatching(/^IT-MNLWH-0001-\d{4}$/) })
      await call("post", `${base}/transfers/${internal.id}/dispatch`, manager)
      expect((await call("post", `${base}/transfers/${internal.id}/receive`, manager, {})).status).toBe(403)
      expect((await call("post", `${base}/transfers/${internal.id}/receive`, owner, {})).data.transfer).toMatchObject({ status: "received", has_discrepancy: false })
      expect(await level(a.itemId, warehouse.id)).toEqual({ stocked: 1, reserved: 0 })
    })

    it("counts Manila's accessories: scans add up, the variance valued at cost, approved by a manager into stock adjustments, audited", async () => {
      const container = getContainer()
      const short = await accessory(1, 5)
      const exact = await accessory(2, 4)
      const [category] = await container.resolve(Modules.PRODUCT).listProductCategories({ name: "Accessories" })

      expect((await call("post", `${base}/counts`, cashier, { location_id: mnl })).status).toBe(403)
      const started = await call("post", `${base}/counts`, manager, { location_id: mnl, category_ids: [category.id] })
      expect(started.status).toBe(201)
      const c = started.data.stock_count
      expect(c).toMatchObject({ status: "counting", scope: "category", location_id: mnl })
      expect(c.number).toMatch(/^CNT-\d{4}-\d{6}$/)
      const lineOf = (count: { lines: { variant_id: string }[] }, variantId: string) => count.lines.find((l) => l.variant_id === variantId) as Record<string, any>
      expect(lineOf(c, short.variantId)).toMatchObject({ system_quantity: 5, counted_quantity: null, variance: null })
      expect(c.lines.every((l: { sku: string }) => buildCatalog().some((p) => p.category === "Accessories" && p.variants.some((v) => v.sku === l.sku)))).toBe(true)

      // Three scans of one item (two in one request), one quantity entered; an unknown barcode names itself.
      await call("post", `${base}/counts/${c.id}/lines`, manager, { lines: [{ barcode: short.barcode, quantity: 1 }, { barcode: short.barcode, quantity: 1 }] })
      await call("post", `${base}/counts/${c.id}/lines`, manager, { lines: [{ barcode: short.barcode, quantity: 1 }, { variant_id: exact.variantId, quantity: 4, mode: "set" }] })
      const unknown = await call("post", `${base}/counts/${c.id}/lines`, manager, { lines: [{ barcode: "0000000000000", quantity: 1 }] })
      expect([unknown.status, unknown.data.message]).toEqual([400, `Barcode 0000000000000 is not in stock count ${c.number}`])
      const sheet = (await call("get", `${base}/counts/${c.id}`, manager)).data.stock_count
      const { data: costs } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "variant_cost", fields: ["amount"], filters: { variant_id: short.variantId } })
      const unit = toCentavos((costs[0] as { amount: number }).amount)
      expect(lineOf(sheet, short.variantId)).toMatchObject({ counted_quantity: 3, variance: -2, variance_value: ((-2 * unit) / 100).toFixed(2) })
      expect(lineOf(sheet, exact.variantId)).toMatchObject({ counted_quantity: 4, variance: 0 })
      expect(sheet).toMatchObject({ counted_lines: 2, variance_units: -2, variance_value: ((-2 * unit) / 100).toFixed(2) })

      // Approval is a manager's, with a reason; then the levels move by the variance.
      expect((await call("post", `${base}/counts/${c.id}/approve`, cashier, { reason: "Year-end count" })).status).toBe(403)
      const noReason = await call("post", `${base}/counts/${c.id}/approve`, manager, {})
      expect([noReason.status, noReason.data.message]).toEqual([400, expect.stringContaining("reason")])
      const approved = await call("post", `${base}/counts/${c.id}/approve`, manager, { reason: "Year-end count" })
      expect(approved.data.stock_count).toMatchObject({ status: "approved", reason: "Year-end count", approved_at: expect.any(String) })
      expect(await level(short.itemId, mnl)).toEqual({ stocked: 3, reserved: 0 })
      expect(await level(exact.itemId, mnl)).toEqual({ stocked: 4, reserved: 0 })
      const again = await call("post", `${base}/counts/${c.id}/approve`, manager, { reason: "Twice" })
      expect([again.status, again.data.message]).toEqual([400, `Stock count ${c.number} is approved: it is no longer counted`])
      expect(await auditReasons(short.itemId, mnl, `Stock count ${c.number} approved`, 1)).toEqual([expect.stringContaining("Year-end count")])
      expect((await call("get", `${base}/counts?location_id=${mnl}`, cashier)).data.counts.map((x: { number: string }) => x.number)).toContain(c.number)
    })

    it("never sells and transfers the last unit twice: a counter sale racing a transfer request, then a dispatch racing a sale of the other unit", async () => {
      const a = await accessory(3, 1)
      for (let round = 0; round < 4; round++) {
        await accessory(3, 1)
        const sale = await ticketWith(a.barcode)
        expect(sale.line.status).toBe(200)
        const [sold, requested] = await Promise.all([checkout(sale.id), request(manager, a.variantId, 1)])
        // Exactly one of them has the unit; the other is refused by name.
        expect([sold.status === 200, requested.status === 201].filter(Boolean)).toHaveLength(1)
        if (sold.status !== 200) expect([sold.status, sold.data.message]).toEqual([409, expect.stringMatching(/^Out of stock: /)])
        if (requested.status !== 201) expect([requested.status, requested.data.message]).toEqual([400, `${a.sku}: 0 available at the source, the transfer wants 1`])
        const after = await level(a.itemId, mnl)
        expect(after).toEqual(sold.status === 200 ? { stocked: 0, reserved: 0 } : { stocked: 1, reserved: 1 })
        if (requested.status === 201) {
          // A second unit arrives; the reserved one leaves on dispatch while the counter sells the other: both go, neither write lost.
          await accessory(3, 2)
          const next = await ticketWith(a.barcode)
          expect(next.line.status).toBe(200)
          const [dispatched, soldOther] = await Promise.all([call("post", `${base}/transfers/${requested.data.transfer.id}/dispatch`, manager), checkout(next.id)])
          expect([dispatched.status, soldOther.status]).toEqual([200, 200])
          expect(await level(a.itemId, mnl)).toEqual({ stocked: 0, reserved: 0 })
        }
      }
    })
  },
})

import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { PRICING_LOCK, toCentavos, upsertVariantCostsWorkflow } from "@kassa/core/kit"
import { STOCK_MODULE, type StockModuleService } from "@kassa/stock/kit"
import { buildWorld, type World } from "../helpers/access-world"

jest.setTimeout(300000)

const base = "/admin/kassa/stock"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: World
    let variantId: string

    beforeEach(async () => {
      const container = getContainer()
      w = await buildWorld(api, container)
      const { data } = await container.resolve("query").graph({ entity: "product_variant", fields: ["id"], filters: { sku: "TP-1" } })
      variantId = data[0].id
    })

    const call = (method: "get" | "post" | "delete", url: string, as: World["as"][keyof World["as"]], body?: unknown) =>
      (method === "get" || method === "delete" ? api[method](url, as) : api.post(url, body, as)).catch((e) => e.response)

    it("keeps suppliers: contract status from dates, renewal, archive and restore, what they supply", async () => {
      const day = 86_400_000
      const created = await call("post", `${base}/suppliers`, w.as.manager, {
        name: "Cebu Mobile Distributors",
        contact_name: "Ana Reyes",
        phone: "+63 32 555 0100",
        email: "orders@example.com",
        terms: "30 days net",
        contract_start: new Date(Date.now() - 300 * day).toISOString(),
        contract_end: new Date(Date.now() - day).toISOString(),
      })
      expect(created.status).toBe(201)
      const id = created.data.supplier.id
      expect(id).toMatch(/^ksup_/)
      expect(created.data.supplier.status).toBe("expired")

      const renewed = await call("post", `${base}/suppliers/${id}`, w.as.manager, { contract_end: new Date(Date.now() + 365 * day).toISOString() })
      expect(renewed.data.supplier.status).toBe("renewed")
      expect((await call("get", `${base}/suppliers?status=renewed`, w.as.cashier)).data.suppliers.map((s) => s.id)).toEqual([id])
      expect((await call("get", `${base}/suppliers?status=expired`, w.as.cashier)).data.count).toBe(0)

      const supplied = await call("post", `${base}/suppliers/${id}/supplies`, w.as.manager, { variant_id: variantId, supplier_sku: "CMD-TP1", cost: 612.5, currency_code: "PHP", lead_time_days: 5 })
      expect(supplied.status).toBe(200)
      expect(supplied.data.supplier.supplies).toEqual([
        expect.objectContaining({ supplier_sku: "CMD-TP1", cost: 612.5, currency_code: "php", lead_time_days: 5, product_variant: expect.objectContaining({ sku: "TP-1" }) }),
      ])
      expect((await call("get", `${base}/suppliers?variant_id=${variantId}`, w.as.agent)).data.count).toBe(1)

      const optedOut = await call("post", `${base}/suppliers/${id}`, w.as.manager, { opted_out_at: new Date(Date.now() - 1000).toISOString() })
      expect(optedOut.data.supplier.status).toBe("opted_out")

      expect((await call("post", `${base}/suppliers/${id}/archive`, w.as.manager)).data.supplier.archived_at).not.toBeNull()
      expect((await call("get", `${base}/suppliers`, w.as.manager)).data.count).toBe(0)
      expect((await call("get", `${base}/suppliers?archived=true`, w.as.manager)).data.count).toBe(1)
      const refused = await call("post", `${base}/suppliers/${id}/supplies`, w.as.manager, { variant_id: variantId, cost: 600, currency_code: "php" })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("archived")
      expect((await call("post", `${base}/suppliers/${id}/restore`, w.as.manager)).data.supplier.archived_at).toBeNull()

      const removed = await call("delete", `${base}/suppliers/${id}/supplies/${variantId}`, w.as.manager)
      expect(removed.data.supplier.supplies).toEqual([])
    })

    it("refuses suppliers to roles without stock:suppliers, bad bodies with a 400 and unknown variants with a 404", async () => {
      expect((await call("post", `${base}/suppliers`, w.as.cashier, { name: "X" })).status).toBe(403)
      for (const [body, message] of [
        [{}, "name"],
        [{ name: "X", email: "not-an-email" }, "e-mail"],
        [{ name: "X", contract_start: "2026-05-01", contract_end: "2026-01-01" }, "contract_end must not be before contract_start"],
        [{ name: "X", extra: 1 }, "extra"],
      ] as const) {
        const res = await call("post", `${base}/suppliers`, w.as.manager, body)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(message)
      }
      const { data } = await call("post", `${base}/suppliers`, w.as.manager, { name: "Davao Parts" })
      const bad = await call("post", `${base}/suppliers/${data.supplier.id}/supplies`, w.as.manager, { variant_id: variantId, cost: 1.234, currency_code: "php" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("decimals")
      const missing = await call("post", `${base}/suppliers/${data.supplier.id}/supplies`, w.as.manager, { variant_id: "variant_missing", cost: 1, currency_code: "php" })
      expect(missing.status).toBe(404)
    })

    it("flags low and out stock per branch from Medusa's levels, by the most specific threshold", async () => {
      const levels = async (location: string, status = "all", as = w.as.manager) => (await call("get", `${base}/levels?location_id=${location}&status=${status}`, as)).data
      const mine = (data: { stock_levels: { variant_id: string }[] }) => data.stock_levels.find((l) => l.variant_id === variantId)
      expect(mine(await levels(w.mnl))).toMatchObject({ available: 5, min_quantity: 3, reorder_quantity: 6, threshold_source: "default", status: "healthy" })
      expect((await levels(w.mnl, "low")).count).toBe(0)

      const productWide = await call("post", `${base}/thresholds`, w.as.manager, { product_id: w.productId, location_id: w.mnl, min_quantity: 5, reorder_quantity: 12 })
      expect(productWide.status).toBe(200)
      expect(mine(await levels(w.mnl, "low"))).toMatchObject({ status: "low", min_quantity: 5, reorder_quantity: 12, threshold_source: "product_branch" })
      // Reserved units are not available.
      const inventory = getContainer().resolve(Modules.INVENTORY)
      await inventory.createReservationItems([{ inventory_item_id: w.inventoryItemId, location_id: w.mnl, quantity: 5 }])
      expect(mine(await levels(w.mnl, "out", w.as.cashier))).toMatchObject({ stocked: 5, reserved: 5, available: 0, status: "out" })

      const variantOwn = await call("post", `${base}/thresholds`, w.as.manager, { product_id: w.productId, variant_id: variantId, location_id: w.mnl, min_quantity: 0, reorder_quantity: 4 })
      expect(mine(await levels(w.mnl))).toMatchObject({ threshold_source: "variant_branch", status: "out" })
      expect(mine(await levels(w.dav, "all", w.as.owner))).toMatchObject({ threshold_source: "default", status: "healthy" })
      expect((await call("delete", `${base}/thresholds/${variantOwn.data.threshold.id}`, w.as.manager)).status).toBe(200)
      expect(mine(await levels(w.mnl))).toMatchObject({ threshold_source: "product_branch" })

      // A Manila manager neither reads nor sets Davao's; a cashier sets nothing; bounds are 400s.
      expect((await call("get", `${base}/levels?location_id=${w.dav}`, w.as.manager)).status).toBe(403)
      expect((await call("post", `${base}/thresholds`, w.as.manager, { product_id: w.productId, location_id: w.dav, min_quantity: 1, reorder_quantity: 2 })).status).toBe(403)
      expect((await call("post", `${base}/thresholds`, w.as.cashier, { product_id: w.productId, location_id: w.mnl, min_quantity: 1, reorder_quantity: 2 })).status).toBe(403)
      const bad = await call("post", `${base}/thresholds`, w.as.manager, { product_id: w.productId, location_id: w.mnl, min_quantity: 5, reorder_quantity: 2 })
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("reorder_quantity must be at least min_quantity")])
      expect((await call("get", `${base}/levels`, w.as.manager)).status).toBe(400)
    })

    it("low stock → reorder list → purchase orders, numbered per year, sent or canceled", async () => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      await inventory.updateInventoryLevels([{ inventory_item_id: w.inventoryItemId, location_id: w.mnl, stocked_quantity: 1 }])
      const low = (await call("get", `${base}/levels?location_id=${w.mnl}`, w.as.manager)).data.stock_levels
      expect(low.map((l) => [l.variant_id, l.status])).toEqual([[variantId, "low"]])

      // No supplier yet: nothing is ordered, and the 400 names the line.
      expect((await call("post", `${base}/reorder-list`, w.as.manager, { location_id: w.mnl, lines: [{ variant_id: variantId }] })).status).toBe(200)
      const unsettled = await call("post", `${base}/reorder-list/order`, w.as.manager, { location_id: w.mnl })
      expect([unsettled.status, unsettled.data.message]).toEqual([400, `Choose a supplier for: ${variantId} (no supplier)`])

      const supplier = (await call("post", `${base}/suppliers`, w.as.manager, { name: "Cebu Mobile Distributors" })).data.supplier
      await call("post", `${base}/suppliers/${supplier.id}/supplies`, w.as.manager, { variant_id: variantId, supplier_sku: "CMD-TP1", cost: 600.25, currency_code: "php", lead_time_days: 3 })
      const list = (await call("get", `${base}/reorder-list?location_id=${w.mnl}`, w.as.manager)).data.reorder_lines
      // Up to the reorder quantity (6) less what is available (1).
      expect(list).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 5, suggested_quantity: 5, on_order: 0, suppliers: [expect.objectContaining({ supplier_id: supplier.id, cost: 600.25 })] })])
      // Another staff member's list is their own.
      expect((await call("get", `${base}/reorder-list?location_id=${w.mnl}`, w.as.owner)).data.reorder_lines).toEqual([])

      const ordered = await call("post", `${base}/reorder-list/order`, w.as.manager, { location_id: w.mnl })
      expect(ordered.status).toBe(201)
      const [po] = ordered.data.purchase_orders
      expect(po).toMatchObject({ number: expect.stringMatching(new RegExp(`^PO-${new Date().getUTCFullYear()}-\\d{6}$`)), status: "draft", supplier_id: supplier.id, location_id: w.mnl, currency_code: "php" })
      expect(po.lines).toEqual([expect.objectContaining({ variant_id: variantId, quantity: 5, received_quantity: 0, unit_cost: 600.25, supplier_sku: "CMD-TP1", sku: "TP-1" })])
      expect((await call("get", `${base}/reorder-list?location_id=${w.mnl}`, w.as.manager)).data.reorder_lines).toEqual([])

      // What is on order counts against the next suggestion.
      const again = (await call("post", `${base}/reorder-list`, w.as.manager, { location_id: w.mnl, lines: [{ variant_id: variantId }] })).data.reorder_lines
      expect(again).toEqual([expect.objectContaining({ on_order: 5, suggested_quantity: 0, quantity: 1 })])
      expect((await call("delete", `${base}/reorder-list/${again[0].id}`, w.as.manager)).status).toBe(200)

      expect((await call("post", `${base}/purchase-orders/${po.id}/send`, w.as.manager)).data.purchase_order).toMatchObject({ status: "sent", sent_at: expect.any(String) })
      const twice = await call("post", `${base}/purchase-orders/${po.id}/send`, w.as.manager)
      expect([twice.status, twice.data.message]).toEqual([400, `Purchase order ${po.number} is sent: it cannot become sent`])
      expect((await call("get", `${base}/purchase-orders?status=sent`, w.as.cashier)).data.purchase_orders.map((p) => p.id)).toEqual([po.id])
      expect((await call("post", `${base}/purchase-orders/${po.id}/cancel`, w.as.cashier)).status).toBe(403)
      expect((await call("post", `${base}/purchase-orders/${po.id}/cancel`, w.as.manager)).data.purchase_order.status).toBe("canceled")

      // Manila's manager orders nothing for Davao; a bad body is a 400.
      expect((await call("post", `${base}/reorder-list`, w.as.manager, { location_id: w.dav, lines: [{ variant_id: variantId }] })).status).toBe(403)
      const bad = await call("post", `${base}/reorder-list`, w.as.manager, { location_id: w.mnl, lines: [{ variant_id: variantId, quantity: 0 }] })
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("lines, 0, quantity")])
    })

    it("never hands out a document number twice, however many ask at once", async () => {
      const stock = getContainer().resolve<StockModuleService>(STOCK_MODULE)
      const numbers = await Promise.all(Array.from({ length: 25 }, () => stock.nextDocumentNumber("TEST", 2026)))
      expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1))
    })

    it("low stock → reorder → purchase order → partial receipt → invoice (duplicate refused) → cost by moving average → second receipt closes it", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const stockedAt = async (location: string) => Number((await inventory.listInventoryLevels({ inventory_item_id: w.inventoryItemId, location_id: location }))[0].stocked_quantity)
      const costNow = async () => {
        const { data } = await container.resolve("query").graph({ entity: "variant_cost", fields: ["amount", "currency_code"], filters: { variant_id: variantId } })
        return [toCentavos(data[0].amount), data[0].currency_code]
      }
      // 2 at Manila (low), 5 at Davao: 7 on hand at ₱500.00.
      await inventory.updateInventoryLevels([{ inventory_item_id: w.inventoryItemId, location_id: w.mnl, stocked_quantity: 2 }])
      await upsertVariantCostsWorkflow(container).run({ input: { costs: [{ variant_id: variantId, currency_code: "php", amount: 500 }] } })
      const supplier = (await call("post", `${base}/suppliers`, w.as.manager, { name: "Cebu Mobile Distributors" })).data.supplier
      await call("post", `${base}/suppliers/${supplier.id}/supplies`, w.as.manager, { variant_id: variantId, cost: 600.25, currency_code: "php" })

      expect((await call("get", `${base}/levels?location_id=${w.mnl}`, w.as.manager)).data.stock_levels.map((l) => l.status)).toEqual(["low"])
      await call("post", `${base}/reorder-list`, w.as.manager, { location_id: w.mnl, lines: [{ variant_id: variantId }] })
      const [po] = (await call("post", `${base}/reorder-list/order`, w.as.manager, { location_id: w.mnl })).data.purchase_orders
      expect(po.lines.map((l) => [l.quantity, l.unit_cost])).toEqual([[4, 600.25]])
      const [line] = po.lines

      // A draft has not gone to the supplier: nothing can arrive on it yet.
      const early = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, {})
      expect([early.status, early.data.message]).toEqual([400, `Purchase order ${po.number} is draft: only a sent order is received`])
      await call("post", `${base}/purchase-orders/${po.id}/send`, w.as.manager)

      expect((await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.cashier, {})).status).toBe(403)
      const tooMany = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, { lines: [{ line_id: line.id, quantity: 5 }] })
      expect([tooMany.status, tooMany.data.message]).toEqual([400, expect.stringContaining(`5 received but only 4 of 4 outstanding on ${po.number}`)])
      const zero = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, { lines: [{ line_id: line.id, quantity: 0 }] })
      expect(zero.status).toBe(400)
      expect(await stockedAt(w.mnl)).toBe(2)

      const partial = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, { lines: [{ line_id: line.id, quantity: 3 }] })
      expect(partial.status).toBe(200)
      expect(partial.data.purchase_order).toMatchObject({ status: "partially_received", lines: [expect.objectContaining({ received_quantity: 3 })] })
      expect([await stockedAt(w.mnl), await stockedAt(w.dav)]).toEqual([5, 5])
      // (7 × 500.00 + 3 × 600.25) / 10 = 530.075 → 530.08
      expect(await costNow()).toEqual([53008, "php"])

      const year = new Date().getUTCFullYear()
      const invoice = await call("post", `${base}/purchase-orders/${po.id}/invoices`, w.as.manager, { supplier_invoice_number: "SI-1042", invoice_date: "2026-12-01" })
      expect(invoice.status).toBe(201)
      expect(invoice.data.invoice).toMatchObject({
        number: expect.stringMatching(new RegExp(`^INV\\d{3,}/${year}$`)),
        supplier_invoice_number: "SI-1042",
        purchase_order_number: po.number,
        total: 1800.75,
        lines: [expect.objectContaining({ variant_id: variantId, sku: "TP-1", quantity: 3, unit_cost: "600.25", line_total: "1800.75" })],
      })
      const duplicate = await call("post", `${base}/purchase-orders/${po.id}/invoices`, w.as.manager, { supplier_invoice_number: " si-1042" })
      expect([duplicate.status, duplicate.data.message]).toEqual([409, `Invoice si-1042 of this supplier is already recorded as ${invoice.data.invoice.number} (on ${po.number})`])

      const rest = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, {})
      expect(rest.data.purchase_order).toMatchObject({ status: "received", received_at: expect.any(String), lines: [expect.objectContaining({ received_quantity: 4 })] })
      expect(rest.data.purchase_order.receipts.map((r) => [r.lines[0].quantity, r.invoice_id])).toEqual([[3, invoice.data.invoice.id], [1, null]])
      expect(await stockedAt(w.mnl)).toBe(6)
      // (10 × 530.08 + 600.25) / 11 = 536.459… → 536.46
      expect(await costNow()).toEqual([53646, "php"])
      // Each rise of Manila's level is in the audit log with the order that caused it.
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: w.inventoryItemId, location_id: w.mnl })
      let reasons: string[] = []
      for (const deadline = Date.now() + 10000; reasons.length < 2 && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        const { entries } = (await call("get", `/admin/kassa/audit/entries?entity_id=${level.id}`, w.as.owner)).data
        reasons = entries.map((e) => e.reason).filter((r) => r?.startsWith(`Purchase order ${po.number} received`))
      }
      expect(reasons).toHaveLength(2)

      const closed = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, {})
      expect([closed.status, closed.data.message]).toEqual([400, `Purchase order ${po.number} is received: only a sent order is received`])

      // The store may take the last cost instead; only a manager chooses.
      expect((await call("post", `${base}/settings`, w.as.cashier, { cost_method: "last" })).status).toBe(403)
      expect((await call("post", `${base}/settings`, w.as.manager, { cost_method: "average" })).status).toBe(400)
      expect((await call("post", `${base}/settings`, w.as.manager, { cost_method: "last" })).data.settings).toEqual({ cost_method: "last" })
    })

    it("writes nothing when a receipt cannot go through: receipt, stock and order as before, the locks given back", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      const supplier = (await call("post", `${base}/suppliers`, w.as.manager, { name: "Cebu Mobile Distributors" })).data.supplier
      await call("post", `${base}/suppliers/${supplier.id}/supplies`, w.as.manager, { variant_id: variantId, cost: 600, currency_code: "php" })
      await call("post", `${base}/reorder-list`, w.as.manager, { location_id: w.mnl, lines: [{ variant_id: variantId, quantity: 2 }] })
      const [po] = (await call("post", `${base}/reorder-list/order`, w.as.manager, { location_id: w.mnl })).data.purchase_orders
      await call("post", `${base}/purchase-orders/${po.id}/send`, w.as.manager)

      // The markup lock (taken before costs are read) is held here until the receipt gives up after 15 s.
      const locking = container.resolve(Modules.LOCKING)
      await locking.acquire(PRICING_LOCK, { ownerId: "stock-spec", expire: 60 })
      const failed = await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, {})
      await locking.release(PRICING_LOCK, { ownerId: "stock-spec" })
      expect([failed.status, failed.data.message]).toEqual([409, "Another receipt or a price change is in progress: try again"])
      const after = (await call("get", `${base}/purchase-orders/${po.id}`, w.as.manager)).data.purchase_order
      expect(after).toMatchObject({ status: "sent", receipts: [], lines: [expect.objectContaining({ received_quantity: 0 })] })
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: w.inventoryItemId, location_id: w.mnl })
      expect(Number(level.stocked_quantity)).toBe(5)

      // The receiving lock was given back: the same receipt goes through now.
      expect((await call("post", `${base}/purchase-orders/${po.id}/receive`, w.as.manager, {})).data.purchase_order.status).toBe("received")
    })
  },
})

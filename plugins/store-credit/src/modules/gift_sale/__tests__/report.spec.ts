import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { GIFT_SALE_MODULE } from ".."
import * as models from "../models"
import GiftSaleModuleService from "../service"

jest.setTimeout(120000)

const HOUR = 3_600_000

moduleIntegrationTestRunner<GiftSaleModuleService>({
  moduleName: GIFT_SALE_MODULE,
  moduleModels: Object.values(models),
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const mark = (n: number, extra: Partial<{ stock_location_id: string; product_id: string; unit_value: number }> = {}) => ({
      ticket_id: `ptkt_${n}`,
      line_id: `ptln_${n}`,
      stock_location_id: extra.stock_location_id ?? "sloc_mnl",
      currency_code: "php",
      product_id: extra.product_id ?? "prod_a",
      variant_id: "variant_a",
      title: "AirPods",
      unit_value: extra.unit_value ?? 1234.45,
      reason: "Raffle prize",
      marked_by: "stf_cashier",
      approved_by: "stf_manager",
    })
    const sell = (id: string, n: number, quantity: number, value: number, soldAt: Date, soldBy = "user_cashier") =>
      service.updateGiftSales({ id, order_id: `order_${n}`, quantity, value, sold_by: soldBy, sold_at: soldAt })

    it("reports only sold gifts on the orders named, with totals that are the exact sums of every matching row, whatever the page", async () => {
      const now = Date.now()
      const [a, b, c, open] = await service.createGiftSales([mark(1), mark(2, { stock_location_id: "sloc_ceb" }), mark(3, { product_id: "prod_b", unit_value: 0.1 }), mark(4)])
      await sell(a.id, 1, 3, 3703.35, new Date(now - 2 * HOUR))
      await sell(b.id, 2, 1, 1234.45, new Date(now - HOUR), "user_agent")
      await sell(c.id, 3, 3, 0.3, new Date(now))
      expect(open.id).toMatch(/^gfts_/)

      // The mark still on an open ticket is never a candidate.
      expect((await service.soldOrders({})).sort()).toEqual(["order_1", "order_2", "order_3"])
      const all = await service.report({ order_ids: ["order_1", "order_2", "order_3"] }, { offset: 0, limit: 1 })
      expect(all.rows).toHaveLength(1)
      expect(all.rows[0]).toEqual(expect.objectContaining({ order_id: "order_3", quantity: 3, unit_value: "0.10", value: "0.30" }))
      expect([all.count, all.totals]).toEqual([3, [{ currency_code: "php", quantity: 7, value: "4938.10" }]])

      // A sale that no longer stands is left out by its order; each filter narrows.
      expect((await service.report({ order_ids: ["order_1", "order_3"] }, { offset: 0, limit: 50 })).totals).toEqual([{ currency_code: "php", quantity: 6, value: "3703.65" }])
      const standing = { order_ids: ["order_1", "order_2", "order_3"] }
      const count = async (f: object) => (await service.report({ ...standing, ...f }, { offset: 0, limit: 50 })).count
      expect(await count({ stock_location_ids: ["sloc_ceb"] })).toBe(1)
      expect(await count({ stock_location_ids: [] })).toBe(0)
      expect(await count({ product_id: "prod_b" })).toBe(1)
      expect(await count({ sold_by: "user_agent" })).toBe(1)
      expect(await count({ from: new Date(now - 90 * 60_000) })).toBe(2)
      expect(await count({ to: new Date(now - 90 * 60_000) })).toBe(1)
      expect(await count({ order_ids: [] })).toBe(0)
    })

    it("keeps one mark per line", async () => {
      await service.createGiftSales([mark(1)])
      await expect(service.createGiftSales([mark(1)])).rejects.toThrow()
    })
  },
})

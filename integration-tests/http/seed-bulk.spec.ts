import { integrationTestRunner } from "../helpers/test-runner"
import { fromCentavos, toCentavos, vatCentavos } from "../../src/scripts/bulk/money"
import { parseBulkArgs } from "../../src/scripts/bulk/options"
import { BulkResult, seedBulkSales } from "../../src/scripts/bulk/seed-bulk-sales"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { BRANCHES, buildCustomers } from "../../src/scripts/demo/people"
import { adminHeaders } from "../helpers/admin"

jest.setTimeout(300000)

type Raw = { value: string }
type AdminItem = { quantity: number; raw_unit_price: Raw; raw_total: Raw; raw_tax_total: Raw; tax_lines: { code: string; rate: number }[] }
type AdminOrder = {
  id: string
  status: string
  created_at: string
  total: number
  tax_total: number
  payment_status: string
  metadata: Record<string, unknown> | null
  customer_id: string | null
  customer?: { phone: string } | null
  sales_channel: { name: string }
  summary: { raw_current_order_total: Raw; raw_paid_total: Raw; raw_pending_difference: Raw }
  payment_collections: { status: string; captured_amount: number }[]
  items: AdminItem[]
}

const LINES = 300

describe("bulk sales helpers", () => {
  it("keeps money in exact centavos and rounds VAT half up per line", () => {
    expect(toCentavos("34990")).toBe(3499000)
    expect(toCentavos("1290.5")).toBe(129050)
    expect(toCentavos("12.345")).toBe(1235)
    expect(fromCentavos(129050)).toBe("1290.5")
    expect(fromCentavos(5)).toBe("0.05")
    expect(vatCentavos(11200)).toBe(1200) // ₱112.00 holds ₱12.00 VAT
    expect(vatCentavos(100)).toBe(11) // ₱1.00 − ₱1.00/1.12 = ₱0.1071…
  })

  it("parses medusa exec arguments", () => {
    expect(parseBulkArgs(["lines=300", "days=30", "seed=7"])).toEqual({ lines: 300, days: 30, seed: 7 })
    expect(parseBulkArgs(["--lines", "5", "--seed=0"])).toMatchObject({ lines: 5, days: 365, seed: 0 })
    expect(() => parseBulkArgs(["lines=0"])).toThrow(/lines needs a whole number/)
    expect(() => parseBulkArgs(["rows=5"])).toThrow(/Unknown argument/)
  })
})

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("refuses, saying what is missing, without the demo data", async () => {
      await expect(seedBulkSales(getContainer(), { lines: 10, days: 1, seed: 1 })).rejects.toThrow(
        /Bulk sales need the demo data, but the region "Philippines" in PHP, .* are missing/
      )
    })

    describe("on the demo data", () => {
      let result: BulkResult
      let headers: { headers: Record<string, string> }

      beforeEach(async () => {
        const container = getContainer()
        await seedDemoData(container, { staffPassword: "kassa-demo" })
        result = await seedBulkSales(container, { lines: LINES, days: 30, seed: 42 })
        headers = await adminHeaders(api, container)
      })

      const listOrders = async (): Promise<{ count: number; orders: AdminOrder[] }> =>
        (await api.get("/admin/orders?limit=1000&fields=id,status,created_at,total,metadata,payment_status,customer_id,*items", headers)).data

      it("writes exactly the lines asked for, as completed orders the admin API lists, more on every run", async () => {
        const { count, orders } = await listOrders()
        expect(count).toBe(result.orders)
        expect(orders.reduce((n, o) => n + o.items.length, 0)).toBe(LINES)
        expect(result.lines).toBe(LINES)

        const monthAgo = Date.now() - 31 * 24 * 3600 * 1000
        for (const o of orders) {
          expect(o).toMatchObject({ status: "completed", metadata: { kassa_bulk: true }, payment_status: "captured" })
          expect(o.items.length).toBeGreaterThanOrEqual(1)
          expect(o.items.length).toBeLessThanOrEqual(5)
          expect(new Date(o.created_at).getTime()).toBeGreaterThan(monthAgo)
          expect(new Date(o.created_at).getTime()).toBeLessThan(Date.now())
        }
        // About half the sales are to known customers, the rest walk-ins.
        const withCustomer = orders.filter((o) => o.customer_id).length
        expect(withCustomer).toBeGreaterThan(orders.length * 0.3)
        expect(withCustomer).toBeLessThan(orders.length * 0.7)
        expect(orders.reduce((sum, o) => sum + toCentavos(String(o.total)), 0)).toBe(result.totalCentavos)
        const lineTotals = orders.flatMap((o) => o.items.map((i) => toCentavos(i.raw_unit_price.value) * i.quantity))
        expect(lineTotals.reduce((sum, line) => sum + vatCentavos(line), 0)).toBe(result.vatCentavos)

        // Not idempotent: a second run adds as many orders again; the same seed, the same sales.
        const again = await seedBulkSales(getContainer(), { lines: LINES, days: 30, seed: 42 })
        expect(again).toMatchObject({ orders: result.orders, totalCentavos: result.totalCentavos, vatCentavos: result.vatCentavos })
        expect((await listOrders()).count).toBe(2 * result.orders)

        // The audit log holds one entry per batch, not one per historic order.
        const { data } = await api.get("/admin/kassa/audit/entries?action=bulk.import&limit=200", headers)
        const imported = data.entries as { changes: { orders: number; lines: number } }[]
        expect(imported.reduce((n, e) => n + e.changes.orders, 0)).toBe(2 * result.orders)
        expect(imported.reduce((n, e) => n + e.changes.lines, 0)).toBe(2 * LINES)
        const orderCreates = (await api.get("/admin/kassa/audit/entries?entity_type=order&action=create", headers)).data.entries
        expect(orderCreates).toHaveLength(0)
      })

      it("reads an order by id with items, customer, branch, totals to the cent and VAT per line", async () => {
        const { orders } = await listOrders()
        const phones = new Set(buildCustomers().map((c) => c.phone))
        const branchNames: string[] = BRANCHES.map((b) => b.name)

        // One sale to a known customer and one walk-in, each the one with the most lines.
        const byLines = [...orders].sort((a, b) => b.items.length - a.items.length)
        const picks = [byLines.find((o) => o.customer_id), byLines.find((o) => !o.customer_id)].filter((o): o is AdminOrder => !!o)
        expect(picks).toHaveLength(2)
        for (const pick of picks) {
          const { data } = await api.get(
            `/admin/orders/${pick.id}?fields=*items,*items.tax_lines,*customer,*sales_channel,*payment_collections,summary,total,tax_total,payment_status`,
            headers
          )
          const order: AdminOrder = data.order
          expect(order.items.length).toBe(pick.items.length)
          expect(branchNames).toContain(order.sales_channel.name)
          if (pick.customer_id) expect(phones.has(order.customer!.phone)).toBe(true)
          else expect(order.customer ?? null).toBeNull() // a walk-in: the API leaves the field out

          let total = 0
          let vat = 0
          for (const item of order.items) {
            const line = toCentavos(item.raw_unit_price.value) * item.quantity
            expect(item.quantity).toBeGreaterThanOrEqual(1)
            expect(item.quantity).toBeLessThanOrEqual(3)
            expect(item.tax_lines).toEqual([expect.objectContaining({ code: "VAT", rate: 12 })])
            expect(toCentavos(item.raw_total.value)).toBe(line)
            // Medusa extracts the VAT unrounded (line − line / 1.12); rounded per line it is vatCentavos.
            expect(toCentavos(item.raw_tax_total.value)).toBe(vatCentavos(line))
            total += line
            vat += vatCentavos(line)
          }
          expect(toCentavos(String(order.total))).toBe(total)
          expect(toCentavos(order.summary.raw_current_order_total.value)).toBe(total)
          expect(toCentavos(order.summary.raw_paid_total.value)).toBe(total)
          expect(order.summary.raw_pending_difference.value).toBe("0")
          expect(Math.abs(order.tax_total * 100 - vat)).toBeLessThan(order.items.length)
          expect(order.payment_status).toBe("captured")
          expect(order.payment_collections).toEqual([expect.objectContaining({ status: "completed", captured_amount: order.total })])
        }
      })
    })
  },
})

/**
 * The reports plugin's pages in Debian's Chromium: the owner opens the Dashboard after sales at two
 * branches and sees today's revenue, the branch bar chart and the payment-method split as the API
 * gives them, then the Sales report with its totals. Screenshots: artifacts/reports-*.png.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, type Headers, staffHeaders } from "../helpers/admin"
import { adminFront, buildAdmin, signInToAdmin, type AdminFront } from "../helpers/admin-browser"
import { BROWSER_TIMEOUT as timeout, launchChromium, peso, shot, watchedContext } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

let front: AdminFront
beforeAll(async () => {
  front = await adminFront()
})
afterAll(async () => front?.close())

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchChromium()
      await buildAdmin()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)

    it("opens the dashboard as the owner: today's revenue, every branch in the chart, the tenders; then the sales report", async () => {
      front.setBackend(api.defaults.baseURL as string)
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: branchRows } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
      const at = Object.fromEntries(
        (branchRows as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [b.code, { location: b.stock_location_id, r1: b.registers.find((r) => r.code === "R1")!.id }])
      )
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
      const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
      await container.resolve(Modules.INVENTORY).updateInventoryLevels(
        ["MNL", "CEB"].map((code) => ({ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: at[code].location, stocked_quantity: 20 }))
      )
      const owner = await adminHeaders(api, container, "owner@example.com")
      const sell = async (who: Headers, code: "MNL" | "CEB", quantity: number, method: "cash" | "card", key: string) => {
        await api.post("/admin/kassa/pos/drawer-sessions", { register_id: at[code].r1, opening_float: 2000 }, who).catch(() => undefined)
        const ticket = (await api.post("/admin/kassa/pos/tickets", { location_id: at[code].location, register_id: at[code].r1 }, who)).data.ticket
        const total = (await api.post(`/admin/kassa/pos/tickets/${ticket.id}/lines`, { code: variant.barcode, quantity }, who)).data.ticket.totals.total
        const pay = method === "cash" ? { method, tendered: Number(total) } : { method, amount: Number(total), card_last4: "4242", reference: "B-1" }
        await api.post(`/admin/kassa/pos/tickets/${ticket.id}/checkout`, { tenders: [pay] }, { headers: { ...who.headers, "idempotency-key": key } })
      }
      const manila = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [at.MNL.location] })
      const cebu = await staffHeaders(api, container, "manager.ceb@example.com", { roles: ["Manager"], branch_ids: [at.CEB.location] })
      await sell(manila, "MNL", 3, "cash", "b-1")
      await sell(cebu, "CEB", 1, "card", "b-2")
      const { dashboard } = (await api.get("/admin/kassa/reports/dashboard", owner)).data

      const { context, end } = await watchedContext(browser, "reports")
      try {
        const page = await context.newPage()
        await signInToAdmin(page, front.base, "owner@example.com")
        await page.goto(`${front.base}/app/dashboard`)
        await page.getByTestId("kpi-today").getByText(peso(dashboard.revenue.today / 100)).waitFor({ timeout: 60000 })
        // The charts draw their bars and slices once laid out.
        await page.getByTestId("branch-chart").locator(".recharts-bar-rectangle").first().waitFor({ timeout })
        await page.getByTestId("tender-chart").locator(".recharts-pie-sector").nth(1).waitFor({ timeout })
        for (const code of ["MNL", "CEB"]) await page.getByTestId("branch-chart").getByText(code, { exact: true }).waitFor({ timeout })
        await page.getByTestId("card-installments").getByText("Outstanding balance").waitFor({ timeout })
        await shot(page, "reports-dashboard-owner.png")
        await page.mouse.wheel(0, 800)
        await shot(page, "reports-dashboard-owner-lower.png")

        await page.goto(`${front.base}/app/sales-report`)
        await page.getByTestId("sales-totals").getByText(peso(dashboard.last_30_days.revenue / 100)).first().waitFor({ timeout: 60000 })
        await page.getByRole("link", { name: "Export Excel" }).waitFor({ timeout })
        await shot(page, "reports-sales-report.png")
      } finally {
        expect(await end()).toEqual([])
      }
    })
  },
})

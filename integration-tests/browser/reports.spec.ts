/**
 * The reports plugin's pages in Debian's Chromium: the owner opens the Dashboard after sales at two
 * branches and sees today's revenue, the branch bar chart and the payment-method split as the API
 * gives them, then the Sales report with its totals. Screenshots: artifacts/reports-*.png.
 */
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser } from "playwright-core"
import { adminHeaders, type Headers, staffHeaders } from "../helpers/admin"
import { adminFront, buildAdmin, signInToAdmin, type AdminFront } from "../helpers/admin-browser"
import { branchesByCode, type Call, counterSale, twoItems } from "../helpers/counter-world"
import { BROWSER_TIMEOUT as timeout, launchChromium, peso, shot, watchedContext } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

let front: AdminFront
beforeAll(async () => {
  front = await adminFront()
})
afterAll(async () => front?.close())

integrationTestRunner({
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
      const at = await branchesByCode(container)
      const [item] = await twoItems(container, [at.MNL.location, at.CEB.location], 20)
      const owner = await adminHeaders(api, container, "owner@example.com")
      const call: Call = (method, url, who, body) => api[method](url, body, who).catch((e: { response: { status: number; data: any } }) => e.response)
      const sell = async (who: Headers, code: "MNL" | "CEB", quantity: number, method: "cash" | "card", key: string) => {
        await call("post", "/admin/kassa/pos/drawer-sessions", who, { register_id: at[code].r1, opening_float: 2000 }) // open unless it is
        await counterSale(call, who, at[code], [[item.barcode, quantity]], method, key)
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

/**
 * Loyalty at the counter by keyboard (issue 26): a customer attached (F3) who is not a member is
 * enrolled with Alt+M then Y; a member with points attached shows their tier and points beside
 * them; part of the sale is paid in points (PageDown to the Points tender) and the rest in cash;
 * the receipt shows the points spent, earned, the balance and the tier. And the admin's Loyalty
 * page shows and takes the programme's money in pesos. Screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { staffHeaders, type Headers } from "../helpers/admin"
import { adminFront, buildAdmin, signInToAdmin, type AdminFront } from "../helpers/admin-browser"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter as signInAtCounter, peso, shot, stocked, until, wedgeScan, watchedContext, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"

// The admin dashboard is served by a front server (the test runner switches the admin off).
let front: AdminFront
beforeAll(async () => {
  front = await adminFront()
})
afterAll(async () => front?.close())

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let end: () => Promise<string[]>
    let base: string
    let items: Item[]
    let manila: string
    let manager: Headers

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      front.setBackend(base)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      manila = (data[0] as { stock_location_id: string }).stock_location_id
      items = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 1), manila)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [manila] })
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [manila] })
      const watched = await watchedContext(browser, "loyalty")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    const attach = async (page: Page, phone: string, name: string) => {
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").waitFor({ timeout })
      await page.keyboard.type(phone, { delay: 5 })
      await page.getByRole("dialog", { name: "Customer" }).getByText(name).waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText(name).waitFor({ timeout })
    }

    it("enrols with Alt+M, Y; pays part of a sale in points and the rest in cash; the receipt shows the points lines", async () => {
      // Lito is not a member yet; Mara is, with 500 points given by the manager.
      await api.post("/admin/kassa/pos/customers", { first_name: "Lito", last_name: "Bago", phone: "0917 555 0301", email: "lito.bago@example.com" }, manager)
      const { data: made } = await api.post("/admin/kassa/pos/customers", { first_name: "Mara", last_name: "Puntos", phone: "0917 555 0302", email: "mara.puntos@example.com" }, manager)
      const mara: string = made.customer.id
      expect((await api.post(`/admin/kassa/loyalty/customers/${mara}/enrol`, { location_id: manila, marketing_consent: true }, manager)).status).toBe(201)
      expect((await api.post(`/admin/kassa/loyalty/customers/${mara}/adjust`, { location_id: manila, points: 500, reason: "Welcome gift" }, manager)).status).toBe(201)

      const page = await context.newPage()
      await signInAtCounter(page, base, CASHIER)
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)

      // Lito: enrolled in two keystrokes from beside his name.
      await attach(page, "0917 555 0301", "Lito Bago")
      await page.getByTestId("loyalty-enrol").waitFor({ timeout })
      await page.keyboard.press("Alt+m")
      await page.getByTestId("loyalty-enrol-consent").waitFor({ timeout })
      await page.keyboard.press("y")
      await page.getByTestId("loyalty-panel").getByText("Bronze · 0 pts").waitFor({ timeout })
      // The keys went to the enrolment, not to the scan field.
      expect(await page.getByLabel("Scan or type a code").inputValue()).toBe("")

      // Mara instead: her tier, points and their value beside her.
      await attach(page, "0917 555 0302", "Mara Puntos")
      await page.getByTestId("loyalty-panel").getByText(`Bronze · 500 pts · ${peso(500)}`).waitFor({ timeout })
      await shot(page, "loyalty-member-panel-1280.png")

      // F9, PageDown to Points: 300 points pay ₱300.00; Enter adds them, Enter takes the rest in cash.
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const tab = page.getByRole("tab", { name: "Points" })
      for (let i = 0; i < 8 && (await tab.getAttribute("aria-selected")) !== "true"; i++) await page.keyboard.press("PageDown")
      expect(await tab.getAttribute("aria-selected")).toBe("true")
      await page.getByLabel("Points to spend").waitFor({ timeout })
      await page.keyboard.press("Control+A")
      await page.keyboard.type("300")
      await page.getByTestId("loyalty-points-value").getByText(`Pays ${peso(300)}`).waitFor({ timeout })
      await shot(page, "loyalty-points-tender-1280.png")
      await page.keyboard.press("Enter")
      await page.getByTestId("due").getByText(peso(items[0].price - 300)).waitFor({ timeout })
      const checkout = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      expect((await checkout).status()).toBe(200)
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const receipt = page.frameLocator('iframe[title="Receipt"]')
      await receipt.getByText("Points spent: 300").first().waitFor({ timeout })
      await receipt.getByText("Points earned:").waitFor({ timeout })
      await receipt.getByText("Tier: Bronze").waitFor({ timeout })
      await shot(page, "loyalty-receipt-1280.png")

      const member = (await api.get(`/admin/kassa/loyalty/customers/${mara}`, manager)).data.member
      expect(member.balance).toBeGreaterThanOrEqual(200)
      expect((await api.get(`/admin/kassa/loyalty/customers/${mara}`, manager)).data.history.map((e: { type: string; points: number }) => [e.type, e.points]).slice(0, 2)).toEqual([["adjust", 500], ["redeem", -300]])
    })

    it("shows and takes the programme's money in pesos on the admin's Loyalty page, parsed exactly", async () => {
      await buildAdmin()
      const page = await context.newPage()
      await signInToAdmin(page, front.base, "manager.mnl@example.com")
      await page.goto(`${front.base}/app/loyalty`)
      const pointValue = page.getByLabel("A point is worth (₱)")
      await pointValue.waitFor({ timeout })
      expect([await page.getByLabel("One point per (₱)").inputValue(), await pointValue.inputValue()]).toEqual(["100.00", "1.00"])
      expect(await page.getByLabel("From spend (₱)").nth(1).inputValue()).toBe("20000.00")

      // More than two decimals: refused with a message, nothing sent.
      await pointValue.fill("0.555")
      await page.getByRole("button", { name: "Save programme" }).click()
      await page.getByText("A point is worth (₱): type a peso amount above zero with at most two decimals, e.g. 0.50").waitFor({ timeout })
      expect((await api.get("/admin/kassa/loyalty/settings", manager)).data.settings.point_value).toBe(100)
      // ₱0.29 (29 centavos, where a float's × 100 gives 28.999…) is stored as 29.
      await pointValue.fill("0.29")
      const saved = page.waitForResponse((r) => r.url().endsWith("/admin/kassa/loyalty/settings") && r.request().method() === "POST")
      await page.getByRole("button", { name: "Save programme" }).click()
      expect((await saved).status()).toBe(200)
      expect((await api.get("/admin/kassa/loyalty/settings", manager)).data.settings.point_value).toBe(29)
      await shot(page, "loyalty-admin-pesos-1280.png")
    })
  },
})

/**
 * The counter's shift operations in Debian's Chromium (issue 6's screens on the page of
 * pos-page.spec.ts): the drawer opened with a float, a sale, a return over the branch's limit
 * approved with a manager's PIN, an exchange, a void, cash out, the X report, the close counted
 * by denomination and its Z report with the shortfall. Screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter, peso, scanInto, shot, stocked, watchedContext, wedgeScan, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"
const MANAGER_PIN = "2580"

/** Bills and coins making up `amount`, largest first, as the cashier counts them into the close screen. */
function countOut(amount: number) {
  const faces: [string, number][] = [["1000 bills", 100000], ["500 bills", 50000], ["200 bills", 20000], ["100 bills", 10000], ["50 bills", 5000], ["20 bills", 2000], ["10 coins", 1000], ["5 coins", 500], ["1 coins", 100], ["0.25 coins", 25]]
  let left = Math.round(amount * 100)
  return faces.flatMap(([label, centavos]) => {
    const n = Math.floor(left / centavos)
    left -= n * centavos
    return n ? [{ label, n }] : []
  })
}


integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let items: Item[]
    let managerId: string
    let end: () => Promise<string[]>

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      const mnl = (data[0] as { stock_location_id: string }).stock_location_id
      items = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 3), mnl)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [mnl] })
      // The manager who approves at the counter with a PIN; returns above ₱100 need one.
      const owner = await adminHeaders(api, container, "owner@example.com")
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      managerId = (await api.get("/admin/kassa/me", manager)).data.staff.id
      await api.post(`/admin/kassa/staff/${managerId}/pin`, { pin: MANAGER_PIN }, owner)
      await api.post(`/admin/kassa/pos/branches/${mnl}/settings`, { return_approval_amount: 100 }, manager)
      const watched = await watchedContext(browser, "counter-ops")
      context = watched.context
      end = watched.end
    })
    // Every window as the test left it: what a failure looked like. A script error fails the test.
    afterEach(async () => expect(await end()).toEqual([]))

    /** Scans `sold`, pays cash (exact) and returns the receipt number, back on an empty counter. */
    async function sell(page: Page, ...sold: Item[]) {
      for (const item of sold) await wedgeScan(page, item.barcode)
      await page.getByTestId("total").getByText(peso(sold.reduce((n, i) => n + i.price, 0))).waitFor({ timeout })
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const receipt = await page.getByTestId("receipt-number").innerText()
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      return receipt
    }

    /** Alt+R, then the receipt's barcode scanned into the search: the sale's return form. */
    async function findSale(page: Page, receipt: string, screenshot?: string) {
      await page.keyboard.press("Alt+R")
      await page.getByTestId("find-sale").waitFor({ timeout })
      if (screenshot) await shot(page, screenshot)
      await scanInto(page, receipt)
      const form = page.getByTestId("return-form")
      await form.waitFor({ timeout })
      return form
    }

    const approveAsManager = async (page: Page) => {
      await page.getByLabel("Approved by").selectOption(managerId)
      await page.getByLabel("Manager's PIN").fill(MANAGER_PIN)
      await page.keyboard.press("Enter")
    }

    it("opens the drawer, sells, takes a return and an exchange with a manager's PIN, voids, closes with a count and shows the Z report", async () => {
      const page = await context.newPage()
      await openCounter(page, base, CASHIER)
      await page.getByRole("navigation", { name: "Keyboard shortcuts" }).getByText("Return").waitFor({ timeout })
      await page.setViewportSize({ width: 1024, height: 768 })
      await shot(page, "counter-ops-keys-1024.png")
      await page.setViewportSize({ width: 1280, height: 800 })

      const [kept, swapped, taken] = items
      const receipt = await sell(page, kept, swapped)
      expect(receipt).toMatch(/^MNL-\d{6}-\d{6}$/)

      // The return: one unit back, resellable; above the branch's ₱100 the server asks for a manager.
      const form = await findSale(page, receipt, "counter-ops-find-1280.png")
      await form.getByLabel(`Quantity back: ${kept.title}`, { exact: true }).fill("1")
      await form.getByRole("button", { name: "Changed mind" }).click()
      await page.getByTestId("return-amount").getByText(peso(kept.price)).waitFor({ timeout })
      await shot(page, "counter-ops-return-1280.png")
      await page.getByRole("button", { name: `Refund ${peso(kept.price)}` }).click()
      await form.getByText("a manager approves this").waitFor({ timeout })
      await shot(page, "counter-ops-return-approval-1280.png")
      await approveAsManager(page)
      const done = page.getByTestId("return-done")
      await done.waitFor({ timeout })
      expect(await page.getByTestId("refund-number").innerText()).toBe(`${receipt}-R1`)
      expect(await page.getByTestId("cash-back").innerText()).toBe(peso(kept.price))
      await page.frameLocator("iframe[title='Refund receipt']").getByText("REFUND RECEIPT").waitFor({ timeout })
      await shot(page, "counter-ops-refund-receipt-1280.png")
      await page.keyboard.press("Enter")
      await done.waitFor({ state: "detached", timeout })

      // The other item of the sale exchanged for a third: the difference is paid or refunded in cash.
      const exchange = await findSale(page, receipt)
      await exchange.getByText("all returned").waitFor({ timeout })
      await exchange.getByRole("tab", { name: "Exchange" }).click()
      await scanInto(page, taken.barcode)
      await exchange.getByTestId("new-item").getByText(taken.title).waitFor({ timeout })
      await exchange.getByLabel(`Quantity back: ${swapped.title}`, { exact: true }).fill("1")
      await exchange.getByRole("button", { name: "Wrong item" }).click()
      await page.getByTestId("return-amount").getByText(peso(Math.abs(taken.price - swapped.price))).waitFor({ timeout })
      await shot(page, "counter-ops-exchange-1280.png")
      await page.getByRole("button", { name: "Complete exchange" }).click()
      await exchange.getByText("a manager approves this").waitFor({ timeout })
      await approveAsManager(page)
      await done.waitFor({ timeout })
      expect(await page.getByTestId("refund-number").innerText()).toBe(`${receipt}-R2`)
      await shot(page, "counter-ops-exchange-done-1280.png")
      await page.keyboard.press("Enter")
      await done.waitFor({ state: "detached", timeout })

      // A mistaken sale voided the same day: the cashier lacks pos:void, so the manager's PIN comes first.
      const mistake = await sell(page, taken)
      await (await findSale(page, mistake)).waitFor({ timeout })
      await page.getByRole("button", { name: "Void this sale" }).click()
      await page.getByTestId("void-sale").getByRole("button", { name: "Rang up by mistake" }).click()
      await shot(page, "counter-ops-void-1280.png")
      await approveAsManager(page)
      await page.getByTestId("void-done").waitFor({ timeout })
      await page.frameLocator("iframe[title='Voided receipt']").getByText("VOID").first().waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByTestId("void-done").waitFor({ state: "detached", timeout })

      // Cash out from the drawer menu (Alt+C, then O), and the X report (X).
      await page.keyboard.press("Alt+C")
      const drawer = page.getByTestId("drawer-dialog")
      await drawer.getByText("Close drawer").waitFor({ timeout })
      await shot(page, "counter-ops-drawer-1280.png")
      await page.keyboard.press("o")
      await page.getByLabel("Amount").fill("500")
      await page.getByTestId("cash-movement-dialog").getByRole("button", { name: "Bank drop" }).click()
      await page.getByLabel("Amount").press("Enter")
      await drawer.getByText("Cash out ₱500.00: Bank drop").waitFor({ timeout })
      await page.keyboard.press("x")
      await page.frameLocator("iframe[title='X report']").getByText("X REPORT").waitFor({ timeout })
      // Float + both sales − the refund ± the exchange's difference − cash out; the void counts in neither.
      const expected = 2000 + taken.price - 500
      await page.getByTestId("report-figures").getByText(peso(expected)).last().waitFor({ timeout })
      await shot(page, "counter-ops-x-report-1280.png")
      await page.keyboard.press("Escape")

      // The close: counted by denomination, ₱20 short of what the drawer should hold.
      await drawer.getByText("Close drawer").waitFor({ timeout })
      await page.keyboard.press("z")
      const close = page.getByTestId("close-drawer")
      await close.waitFor({ timeout })
      for (const { label, n } of countOut(expected - 20)) await close.getByLabel(label, { exact: true }).fill(String(n))
      await page.getByTestId("counted-total").getByText(peso(expected - 20)).waitFor({ timeout })
      await shot(page, "counter-ops-close-1280.png")
      await close.getByRole("button", { name: `Close drawer with ${peso(expected - 20)}` }).click()

      const z = page.getByTestId("z-report")
      await z.waitFor({ timeout })
      expect(await page.getByTestId("z-number").innerText()).toBe("#1")
      expect(await page.getByTestId("over-short").innerText()).toMatch(/Short\s+₱20\.00/i)
      await page.frameLocator("iframe[title='Z report']").getByText("Z REPORT #1").waitFor({ timeout })
      await shot(page, "counter-ops-z-report-1280.png")

      // Enter: the drawer gate again, for the next shift's float.
      await page.keyboard.press("Enter")
      await page.getByLabel("Opening float").waitFor({ timeout })
    })
  },
})

/**
 * Store credit at the counter by keyboard alone (issue 25): a customer with credit issued, an
 * item scanned, the customer attached (F3), part paid in store credit (PageDown to its tender)
 * and the rest in cash, the sale completed; the customer's balance drops by exactly the part
 * paid. Same setup as counter-first-day.spec.ts; screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { staffHeaders, TEST_PASSWORD, type Headers } from "../helpers/admin"
import { launchChromium, peso, shot, stocked, wedgeScan, type Item } from "../helpers/counter-browser"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"
const timeout = 20000

async function until<T>(read: () => Promise<T>, want: T, ms = timeout) {
  const deadline = Date.now() + ms
  let last: T
  do {
    last = await read()
    if (last === want) return
    await new Promise((r) => setTimeout(r, 50))
  } while (Date.now() < deadline)
  throw new Error(`Waited ${ms} ms for ${JSON.stringify(want)}, last saw ${JSON.stringify(last)}`)
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let items: Item[]
    let manila: string
    let manager: Headers
    const pageErrors: string[] = []

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      await seedDemoData(container, { staffPassword: TEST_PASSWORD })
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      manila = (data[0] as { stock_location_id: string }).stock_location_id
      items = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 1), manila)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [manila] })
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [manila] })
      context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      context.on("page", (page) => page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.stack ?? e.message}`)))
    })
    afterEach(async () => {
      const failures = pageErrors.splice(0)
      for (const [i, page] of (context?.pages() ?? []).entries()) await shot(page, `store-credit-last-${i}.png`).catch(() => undefined)
      await context?.close()
      expect(failures).toEqual([])
    })

    async function openCounter(page: Page) {
      await page.goto(`${base}/pos`)
      await page.getByLabel("E-mail").fill(CASHIER)
      await page.getByLabel("Password").fill(TEST_PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
      await page.getByRole("button", { name: /Counter 1/ }).click({ timeout })
      await page.getByLabel("Opening float").fill("2000")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
    }

    it("pays part of a sale in store credit and the rest in cash without the mouse; the balance drops by exactly the part paid", async () => {
      // A customer with ₱1,500.50 of credit issued by the manager.
      const { data: made } = await api.post("/admin/kassa/pos/customers", { first_name: "Celia", last_name: "Credito", phone: "0917 555 0190", email: "celia.credito@example.com" }, manager)
      const customerId: string = made.customer.id
      const issued = await api.post(`/admin/kassa/store-credit/customers/${customerId}/credits`, { location_id: manila, amount: 1500.5, reason: "Goodwill: late delivery" }, manager)
      expect(issued.status).toBe(201)
      const balance = async () => Number((await api.get(`/admin/kassa/store-credit/customers/${customerId}`, manager)).data.accounts[0].balance)
      expect(await balance()).toBe(1500.5)

      const page = await context.newPage()
      await openCounter(page)

      // Scan, then F3 and the customer's phone, Enter.
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").waitFor({ timeout })
      await page.keyboard.type("0917 555 0190", { delay: 5 })
      await page.getByRole("dialog", { name: "Customer" }).getByText("Celia Credito").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText("Celia Credito").waitFor({ timeout })

      // F9, then PageDown to Store credit: the balance shows and the amount field has the focus.
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const tab = page.getByRole("tab", { name: "Store credit" })
      for (let i = 0; i < 8 && (await tab.getAttribute("aria-selected")) !== "true"; i++) await page.keyboard.press("PageDown")
      expect(await tab.getAttribute("aria-selected")).toBe("true")
      const amount = page.getByLabel("Store credit to apply")
      await amount.waitFor({ timeout })
      await page.getByText(`Store credit: ${peso(1500.5)}`).waitFor({ timeout })
      expect(await page.evaluate(`document.activeElement && document.activeElement.getAttribute("aria-label")`)).toBe("Store credit to apply")
      await page.keyboard.press("Control+A")
      await page.keyboard.type("1000.25")
      await shot(page, "store-credit-payment-dialog-1280.png")

      // Enter adds the credit; the rest is due in cash; Enter takes it exact and completes the sale.
      await page.keyboard.press("Enter")
      const rest = items[0].price - 1000.25
      await page.getByTestId("due").getByText(peso(rest)).waitFor({ timeout })
      await shot(page, "store-credit-rest-in-cash-1280.png")
      const checkout = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      const response = await checkout
      expect(response.status()).toBe(200)
      const { sale } = (await response.json()) as { sale: { order_id: string } }
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      await shot(page, "store-credit-receipt-1280.png")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })

      // The balance dropped by exactly the part paid, and the order shows it.
      expect(await balance()).toBe(500.25)
      const onOrder = (await api.get(`/admin/kassa/store-credit/orders/${sale.order_id}`, manager)).data
      expect([onOrder.used, onOrder.given_back]).toEqual(["1000.25", "0.00"])
    })
  },
})

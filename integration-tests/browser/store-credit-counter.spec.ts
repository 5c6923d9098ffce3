/**
 * Store credit at the counter by keyboard alone (issue 25): a customer with credit issued, an
 * item scanned, the customer attached (F3), part paid in store credit (PageDown to its tender)
 * and the rest in cash, the sale completed; the customer's balance drops by exactly the part
 * paid. Then a gift card sold at the counter and the next sale paid partly from it, by its code,
 * and a line given away as a gift (reason, a manager's PIN) from its window by keyboard.
 * Same setup as counter-first-day.spec.ts; screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, staffHeaders, TEST_PASSWORD, type Headers } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter as signInAtCounter, peso, shot, stocked, until, wedgeScan, watchedContext, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"

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
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      manila = (data[0] as { stock_location_id: string }).stock_location_id
      items = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 1), manila)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [manila] })
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [manila] })
      const watched = await watchedContext(browser, "store-credit")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    const openCounter = (page: Page) => signInAtCounter(page, base, CASHIER)

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

    it("sells a gift card, then takes part of the next sale from it by its code with the keyboard: the card's balance shows, the rest in cash", async () => {
      const { data: cards } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["barcode"], filters: { sku: "GIFT-1000" } })
      const giftCard = (cards[0] as { barcode: string }).barcode
      const page = await context.newPage()
      await openCounter(page)

      // A ₱1,000 gift card, scanned and paid in cash; its code is on the sale's receipt.
      await wedgeScan(page, giftCard)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const sold = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      const { sale: cardSale } = (await (await sold).json()) as { sale: { order_id: string } }
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      const { receipt } = (await api.get(`/admin/kassa/pos/sales/${cardSale.order_id}/receipt?format=json`, manager)).data
      const code = (receipt.lines[0].notes as string[]).map((n) => /^Gift card (\S+)$/.exec(n)?.[1]).find(Boolean)!
      expect(code).toMatch(/^(\w{4}-){4}\w$/)

      // The next sale: F9, PageDown to Gift card, the code typed; once the card's balance shows, Enter adds it.
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const tab = page.getByRole("tab", { name: "Gift card" })
      for (let i = 0; i < 8 && (await tab.getAttribute("aria-selected")) !== "true"; i++) await page.keyboard.press("PageDown")
      expect(await tab.getAttribute("aria-selected")).toBe("true")
      await page.getByLabel("Gift card code").waitFor({ timeout })
      expect(await page.evaluate(`document.activeElement && document.activeElement.getAttribute("aria-label")`)).toBe("Gift card code")
      await page.keyboard.type(code.toLowerCase(), { delay: 5 })
      await page.getByText(new RegExp(`: ${peso(1000).replace(/[.,]/g, "\\$&")} left$`)).waitFor({ timeout })
      await shot(page, "gift-card-payment-dialog-1280.png")
      await page.keyboard.press("Enter")
      await page.getByTestId("due").getByText(peso(items[0].price - 1000)).waitFor({ timeout })
      const paid = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      expect((await paid).status()).toBe(200)
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      await shot(page, "gift-card-receipt-1280.png")

      const card = (await api.post("/admin/kassa/store-credit/gift-cards/lookup", { code }, manager)).data.gift_card
      expect(card).toEqual(expect.objectContaining({ balance: "0.00", status: "spent" }))
    })

    it("gives a line away from its window by keyboard: Alt+G, the reason, the manager's PIN, Enter; the line sells at zero and the gift is reported", async () => {
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const managerStaff = (await api.get("/admin/kassa/me", manager)).data.staff.id
      await api.post(`/admin/kassa/staff/${managerStaff}/pin`, { pin: "2580" }, owner)
      const page = await context.newPage()
      await openCounter(page)

      // Scan, F6 for the line's window, Alt+G to the gift's reason.
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("F6")
      await page.getByTestId("gift-form").waitFor({ timeout })
      await page.keyboard.press("Alt+g")
      expect(await page.evaluate(`document.activeElement && document.activeElement.getAttribute("aria-label")`)).toBe("Gift reason")
      await page.keyboard.type("Raffle prize", { delay: 5 })
      // The only manager with a PIN here is chosen already: Tab on to the PIN, type it, Enter.
      for (let i = 0; i < 5 && (await page.evaluate(`document.activeElement && document.activeElement.getAttribute("aria-label")`)) !== "Gift approver's PIN"; i++) await page.keyboard.press("Tab")
      await page.keyboard.type("2580")
      await shot(page, "gift-line-window-1280.png")
      await page.keyboard.press("Enter")
      await page.getByTestId("cart-line").getByText("price changed: Gift: Raffle prize").waitFor({ timeout })
      await shot(page, "gift-line-on-ticket-1280.png")

      // F9, Enter: nothing to pay; the sale completes and the gift is in the report at its shelf price.
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      const paid = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      expect((await paid).status()).toBe(200)
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const report = (await api.get(`/admin/kassa/store-credit/gift-sales?location_id=${manila}`, manager)).data
      expect(report.gift_sales).toEqual([expect.objectContaining({ quantity: 1, value: items[0].price.toFixed(2), reason: "Raffle prize" })])
    })
  },
})

/**
 * A pre-order at the counter by keyboard alone (issue 27): Alt+O opens the pre-order screen, the
 * customer's mobile number, the sold-out item's code, the expected date and the deposit are typed
 * field after field (Tab), Enter takes it; the screen shows the slip's number and the balance, and
 * the pre-order is on file with its cash deposit. Screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { staffHeaders, type Headers } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter, shot, watchedContext } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let end: () => Promise<string[]>
    let manila: string
    let cashier: Headers

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      manila = (data[0] as { stock_location_id: string }).stock_location_id
      cashier = await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [manila] })
      const watched = await watchedContext(browser, "preorders")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    it("takes a pre-order of a sold-out item with its deposit without the mouse", async () => {
      const container = getContainer()
      // AirPods 4 (₱7,990), sold out at Manila; a customer on file.
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: manila, stocked_quantity: 0 }])
      const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["barcode"], filters: { sku } })
      const barcode = (variants[0] as { barcode: string }).barcode
      const { data: made } = await api.post("/admin/kassa/pos/customers", { first_name: "Pia", last_name: "Preorder", phone: "0917 555 0177", email: "pia.preorder@example.com" }, cashier)
      const customerId: string = made.customer.id

      const page = await context.newPage()
      await openCounter(page, api.defaults.baseURL as string, CASHIER)
      await page.keyboard.press("Alt+KeyO")
      await page.getByTestId("preorder-form").waitFor({ timeout })
      // Kind: a pre-order (the first choice, focused); then each field in turn.
      await page.keyboard.press("Tab")
      await page.keyboard.type("0917 555 0177")
      await page.keyboard.press("Tab")
      await page.keyboard.type(barcode)
      await page.keyboard.press("Tab") // quantity: 1
      await page.keyboard.press("Tab")
      await page.keyboard.type("2027-01-15")
      await page.keyboard.press("Tab")
      await page.keyboard.type("2000")
      await shot(page, "preorders-counter-form.png")
      await page.keyboard.press("Enter")
      const taken = page.getByTestId("preorder-taken")
      await taken.waitFor({ timeout })
      await shot(page, "preorders-counter-taken.png")
      const text = await taken.innerText()
      expect(text).toMatch(/PO-MNL-\d{6}/)
      expect(text).toContain("balance due")
      expect(text).toMatch(/5,990\.00/)

      const { data } = await api.get(`/admin/kassa/preorders?customer_id=${customerId}`, cashier)
      expect(data.preorders).toEqual([
        expect.objectContaining({ number: text.match(/PO-MNL-\d{6}/)![0], status: "awaiting_stock", paid: "2000.00", balance: "5990.00", expected_at: expect.stringMatching(/^2027-01-1[45]/) }),
      ])
      expect(data.preorders[0].payments).toEqual([expect.objectContaining({ type: "deposit", tender: "cash", amount: "2000.00" })])
      // The counter sent its register: the cash deposit is in Counter 1's open drawer (its X report).
      const { data: open } = await api.get(`/admin/kassa/pos/drawer-sessions?location_id=${manila}&status=open`, cashier)
      expect(open.drawer_sessions).toHaveLength(1)
      const { data: x } = await api.get(`/admin/kassa/pos/drawer-sessions/${open.drawer_sessions[0].id}/report`, cashier)
      expect(x.figures.movements).toEqual([expect.objectContaining({ type: "in", amount: "2000.00", reason: `Pre-order ${data.preorders[0].number} deposit` })])
      expect(x.figures.cash.cash_in).toBe("2000.00")
      await page.keyboard.press("Escape")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
    })
  },
})

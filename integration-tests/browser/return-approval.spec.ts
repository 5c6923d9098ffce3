/**
 * A return that waits for a manager, in Debian's Chromium end to end: the cashier at the counter
 * sends a return above the branch's limit for approval (no manager at hand) and the customer gets
 * the request slip; Manila's manager approves it on the admin's Return requests page; the counter
 * completes it from Alt+R's approved requests, and the refund receipt carries the store's logo.
 * Then an exchange for a dearer item, sent for approval from the Exchange tab and completed with
 * the customer's cash for the difference.
 * The admin is served by a front server (helpers/admin-browser.ts) since the test runner switches
 * it off. Screenshots go to artifacts/return-approval-*.png.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { PNG } from "pngjs"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { adminFront, buildAdmin, signInToAdmin, type AdminFront } from "../helpers/admin-browser"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter, peso, scanInto, shot, stocked, watchedContext, wedgeScan, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(900000)

const CASHIER = "cashier.mnl@example.com"
const MANAGER = "manager.mnl@example.com"

/** A 240 × 80 logo: a dark frame around diagonal stripes, so it reads as a picture on the receipt (and in the screenshot). */
function logoPng(): Buffer {
  const image = new PNG({ width: 240, height: 80 })
  for (let y = 0; y < 80; y++) {
    for (let x = 0; x < 240; x++) {
      const i = (y * 240 + x) * 4
      const frame = x < 6 || x >= 234 || y < 6 || y >= 74
      const ink = frame || (x + y) % 24 < 8 ? 30 : 255
      image.data[i] = image.data[i + 1] = image.data[i + 2] = ink
      image.data[i + 3] = 255
    }
  }
  return PNG.sync.write(image)
}

// The front server listens before the test server boots: uploaded files' URLs (the logo's) are
// made with KASSA_PUBLIC_URL, read when the runner loads medusa-config.ts.
let front: AdminFront
beforeAll(async () => {
  front = await adminFront()
  process.env.KASSA_PUBLIC_URL = front.base
})
afterAll(async () => front?.close())

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let item: Item
    let dearer: Item
    let inventoryItem: string
    let owner: Headers
    let mnl: string
    let end: () => Promise<string[]>

    beforeAll(async () => {
      browser = await launchChromium()
      // The dashboard's build, fresh (a no-op when nothing changed since the last one).
      await buildAdmin()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      front.setBackend(base)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      mnl = (data[0] as { stock_location_id: string }).stock_location_id
      const accessories = buildCatalog().filter((p) => p.category === "Accessories")
      const product = accessories[1]
      // The first sold and returned, then exchanged for the dearer second.
      ;[item, dearer] = await stocked(container, [product, accessories.find((p) => p.variants[0].price > product.variants[0].price)!], mnl)
      const { data: variants } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { sku: product.variants[0].sku } })
      inventoryItem = (variants[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [mnl] })
      owner = await adminHeaders(api, container, "owner@example.com")
      const manager = await staffHeaders(api, container, MANAGER, { roles: ["Manager"], branch_ids: [mnl] })
      // Returns above ₱100 need a manager at Manila.
      await api.post(`/admin/kassa/pos/branches/${mnl}/settings`, { return_approval_amount: 100 }, manager)
      const watched = await watchedContext(browser, "return-approval")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    /** The store's logo, uploaded and set by the owner as the admin does it. */
    async function setStoreLogo() {
      const form = new FormData()
      form.append("files", new Blob([logoPng()], { type: "image/png" }), "galos-logo.png")
      const uploaded = (await api.post("/admin/uploads", form, owner)).data.files[0] as { id: string; url: string }
      expect(uploaded.url.startsWith(`${front.base}/static/`)).toBe(true)
      await api.post("/admin/kassa/branding/logo", { file_id: uploaded.id }, owner)
      return uploaded.url
    }

    /** Scans `sold`, pays cash (exact) and returns the receipt number, back on an empty counter. */
    async function sell(page: Page, sold: Item) {
      await wedgeScan(page, sold.barcode)
      await page.getByTestId("total").getByText(peso(sold.price)).waitFor({ timeout })
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const receipt = await page.getByTestId("receipt-number").innerText()
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      return receipt
    }

    it("sends a return above the limit for approval at the counter, a manager approves it in the admin, the counter completes it and the refund receipt shows the store's logo; an exchange the same way, paid on completion", async () => {
      const logoUrl = await setStoreLogo()
      const counter = await context.newPage()
      await openCounter(counter, base, CASHIER)
      const receipt = await sell(counter, item)
      const stockAt = async () => Number((await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItem, location_id: mnl }))[0].stocked_quantity)
      expect(await stockAt()).toBe(9)

      // The return: above ₱100 the server asks for a manager; none is here, so it goes for approval.
      await counter.keyboard.press("Alt+R")
      await counter.getByTestId("find-sale").waitFor({ timeout })
      await scanInto(counter, receipt)
      const form = counter.getByTestId("return-form")
      await form.waitFor({ timeout })
      await form.getByLabel(`Quantity back: ${item.title}`, { exact: true }).fill("1")
      await form.getByRole("button", { name: "Defective" }).click()
      await counter.getByRole("button", { name: `Refund ${peso(item.price)}` }).click()
      await form.getByText("a manager approves this").waitFor({ timeout })
      await counter.getByTestId("send-for-approval").click()
      const sent = counter.getByTestId("request-sent")
      await sent.waitFor({ timeout })
      await sent.getByText(`Request ${receipt}-RQ1`).waitFor({ timeout })
      const slip = counter.frameLocator("iframe[title='Return request slip']")
      await slip.getByText("RETURN REQUEST").waitFor({ timeout })
      await slip.getByText("Waiting for approval").waitFor({ timeout })
      expect(await slip.locator("img").first().getAttribute("src")).toBe(logoUrl)
      await shot(counter, "return-approval-1-request-slip.png")
      await counter.keyboard.press("Enter")
      await sent.waitFor({ state: "detached", timeout })
      // Nothing moved while it waits.
      expect(await stockAt()).toBe(9)

      // The manager, in the admin: Counter › Return requests, Manila's waiting requests.
      const admin = await context.newPage()
      await signInToAdmin(admin, front.base, MANAGER)
      await admin.goto(`${front.base}/app/counter/return-requests`)
      const row = admin.getByTestId("return-request-row").filter({ hasText: `${receipt}-RQ1` })
      await row.waitFor({ timeout: 60000 })
      await row.getByText("Needs a manager: refund").waitFor({ timeout })
      await shot(admin, "return-approval-2-admin-queue.png")
      await row.getByRole("button", { name: "Approve" }).click()
      await admin.getByText(`${receipt}-RQ1 approved: the counter may complete it`).waitFor({ timeout })
      await row.waitFor({ state: "detached", timeout })
      await admin.goto(`${front.base}/app/counter/return-requests?status=approved`)
      await admin.getByTestId("return-request-row").filter({ hasText: `${receipt}-RQ1` }).waitFor({ timeout })
      await shot(admin, "return-approval-3-admin-approved.png")

      // Back at the counter: Alt+R lists the approved request; Complete makes the return now.
      await counter.bringToFront()
      await counter.keyboard.press("Alt+R")
      const approved = counter.getByTestId("approved-requests")
      await approved.waitFor({ timeout })
      await approved.getByText(`${receipt}-RQ1`).waitFor({ timeout })
      await shot(counter, "return-approval-4-approved-at-counter.png")
      await approved.getByRole("button", { name: "Complete" }).click()
      const done = counter.getByTestId("return-done")
      await done.waitFor({ timeout })
      expect(await counter.getByTestId("refund-number").innerText()).toBe(`${receipt}-R1`)
      expect(await counter.getByTestId("cash-back").innerText()).toBe(peso(item.price))
      const refund = counter.frameLocator("iframe[title='Refund receipt']")
      await refund.getByText("REFUND RECEIPT").waitFor({ timeout })
      const logo = refund.locator("img.logo")
      expect(await logo.getAttribute("src")).toBe(logoUrl)
      // The logo really loads (through the front server's /static), not a broken image.
      type Img = { complete: boolean; naturalWidth: number; addEventListener(type: "load", listener: () => void): void }
      await logo.evaluate((img: Img) => (img.complete && img.naturalWidth ? null : new Promise<void>((r) => img.addEventListener("load", () => r()))))
      expect(await logo.evaluate((img: Img) => img.naturalWidth)).toBe(240)
      await shot(counter, "return-approval-5-refund-receipt.png")
      expect(await stockAt()).toBe(10)
      await counter.keyboard.press("Enter")
      await done.waitFor({ state: "detached", timeout })

      // An exchange for something dearer goes for approval the same way; completed, the customer pays the difference.
      const second = await sell(counter, item)
      await counter.keyboard.press("Alt+R")
      await counter.getByTestId("find-sale").waitFor({ timeout })
      await scanInto(counter, second)
      const exchange = counter.getByTestId("return-form")
      await exchange.waitFor({ timeout })
      await exchange.getByRole("tab", { name: "Exchange" }).click()
      await scanInto(counter, dearer.barcode)
      await exchange.getByTestId("new-item").getByText(dearer.title).waitFor({ timeout })
      await exchange.getByLabel(`Quantity back: ${item.title}`, { exact: true }).fill("1")
      await exchange.getByRole("button", { name: "Wrong item" }).click()
      const due = dearer.price - item.price
      await counter.getByTestId("return-amount").getByText(peso(due)).waitFor({ timeout })
      await counter.getByRole("button", { name: "Complete exchange" }).click()
      await exchange.getByText("a manager approves this").waitFor({ timeout })
      await counter.getByTestId("send-for-approval").click()
      await sent.getByText(`Request ${second}-RQ1`).waitFor({ timeout })
      await slip.getByText("EXCHANGE REQUEST").waitFor({ timeout })
      await shot(counter, "return-approval-6-exchange-slip.png")
      await counter.keyboard.press("Enter")
      await sent.waitFor({ state: "detached", timeout })
      // The manager's queue shows what comes back and what goes out instead.
      await admin.goto(`${front.base}/app/counter/return-requests`)
      const exchangeRow = admin.getByTestId("return-request-row").filter({ hasText: `${second}-RQ1` })
      await exchangeRow.getByText(`For: 1 × ${dearer.title}`).waitFor({ timeout })
      await exchangeRow.getByText(`Exchange: ${peso(item.price)} back`).waitFor({ timeout })
      await shot(admin, "return-approval-6b-admin-exchange.png")
      await exchangeRow.getByRole("button", { name: "Approve" }).click()
      await exchangeRow.waitFor({ state: "detached", timeout })

      await counter.keyboard.press("Alt+R")
      await approved.getByText(`${second}-RQ1`).waitFor({ timeout })
      await approved.getByText(`pays ${peso(due)}`).waitFor({ timeout })
      await approved.getByRole("button", { name: "Complete" }).click()
      await approved.getByLabel("Cash handed over").fill(String(due + 500))
      await shot(counter, "return-approval-7-exchange-payment.png")
      await approved.getByRole("button", { name: `Take ${peso(due)} and complete` }).click()
      await done.waitFor({ timeout })
      expect(await counter.getByTestId("refund-number").innerText()).toBe(`${second}-R1`)
      expect(await counter.getByTestId("exchange-change").innerText()).toBe(peso(500))
      await done.getByText(`Customer paid ${peso(due)}`).waitFor({ timeout })
      await shot(counter, "return-approval-8-exchange-done.png")
      await counter.keyboard.press("Enter")
      await done.waitFor({ state: "detached", timeout })
    })
  },
})

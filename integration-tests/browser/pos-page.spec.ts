/**
 * The counter page (/pos) and the customer display (/pos/display) in Debian's Chromium, served
 * by the app this runner boots from the pos plugin's build: a cashier signs in, scans as a
 * keyboard-wedge scanner does (keys and Enter with no field focused), pays, gets the receipt,
 * while a second window shows the customer the same sale. Screenshots go to artifacts/.
 */
import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter as signInAtCounter, peso, shot, stocked, until, watchedContext, wedgeScan, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const CASHIER = "cashier.mnl@example.com"
/** A demo sales agent at Manila: unlike a cashier, may use the installment calculator. */
const AGENT = "agent1.mnl@example.com"

const amountOf = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/[^\d.]/g, ""))

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let items: Item[]
    /** A phone: sold with a serial number per unit. */
    let phone: Item
    let registers: Record<string, string>
    let manila: string
    let end: () => Promise<string[]>

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "branch",
        fields: ["stock_location_id", "registers.id", "registers.code"],
        filters: { code: "MNL" },
      })
      const mnl = data[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
      registers = Object.fromEntries(mnl.registers.map((r) => [r.code, r.id]))
      manila = mnl.stock_location_id
      const catalog = buildCatalog()
      items = await stocked(container, catalog.filter((p) => p.category === "Accessories").slice(0, 3), mnl.stock_location_id)
      ;[phone] = await stocked(container, catalog.filter((p) => p.category === "Android").slice(0, 1), mnl.stock_location_id)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [mnl.stock_location_id] })
      const watched = await watchedContext(browser, "pos")
      context = watched.context
      end = watched.end
    })
    // Every window as the test left it: what a failure looked like. A script error fails the test.
    afterEach(async () => expect(await end()).toEqual([]))

    /**
     * Signs the cashier (or another Manila seller) in at Counter 1 in Manila (the only branch
     * they have) and opens its cash drawer with a float: no sale without an open drawer.
     */
    const openCounter = (page: Page, screenshots = false, email = CASHIER) =>
      signInAtCounter(page, base, email, screenshots ? { signIn: "pos-sign-in-1280.png", drawer: "pos-drawer-1280.png" } : undefined)

    it("serves the page's files, its HTML for client routes and a 404 for a missing asset", async () => {
      const html = await fetch(`${base}/pos/display`)
      expect(html.status).toBe(200)
      expect(html.headers.get("content-type")).toMatch(/text\/html/)
      const script = (await html.text()).match(/src="(\/pos\/assets\/[^"]+\.js)"/)?.[1]
      expect(script).toBeDefined()
      const js = await fetch(`${base}${script}`)
      expect(js.status).toBe(200)
      expect(js.headers.get("content-type")).toMatch(/javascript/)
      expect((await fetch(`${base}/pos/assets/missing.js`)).status).toBe(404)
      expect((await fetch(`${base}/posx`)).status).toBe(404)
    })

    it("sells with the keyboard: three scans, an unknown code, cash with change (a lost answer retried once), the receipt; the customer display follows", async () => {
      const page = await context.newPage()
      // The route that loses the checkout's answer is in place before the page loads and armed
      // just before Enter: a CI run once saw the payment window gone with no checkout through a
      // route added mid-test. Every checkout the page sends is listed for a miss to show.
      let loseCheckout = false
      let checkout = "not sent"
      const sent: string[] = []
      page.on("request", (r) => void (r.url().endsWith("/checkout") && sent.push(`${r.method()} ${new URL(r.url()).pathname}`)))
      await page.route(/\/checkout$/, async (route) => {
        if (!loseCheckout) return route.continue()
        loseCheckout = false
        checkout = "sent, no answer yet"
        checkout = await route.fetch().then(
          (r) => `answered ${r.status()}`,
          (e: Error) => `failed: ${e.message}`
        )
        await route.abort("connectionreset")
      })
      await openCounter(page, true)

      // The customer display: a second window of the same browser, paired to Counter 1.
      const display = await context.newPage()
      await display.goto(`${base}/pos/display?register=${registers.R1}`)
      await display.locator("[data-testid=customer-display][data-connected=true]").waitFor({ timeout })

      for (const item of items) await wedgeScan(page, item.barcode)
      await until(() => page.getByTestId("cart-line").count(), 3)
      const total = items.reduce((n, i) => n + i.price, 0)
      await page.getByTestId("total").getByText(peso(total)).waitFor({ timeout })

      // The display shows the same three lines and total.
      await until(() => display.getByTestId("display-line").count(), 3, 5000)
      for (const item of items) await display.getByTestId("display-lines").getByText(item.title, { exact: true }).waitFor({ timeout: 5000 })
      await display.getByTestId("display-total").getByText(peso(total)).waitFor({ timeout: 5000 })
      await shot(display, "pos-display-1280.png")

      // Quantity +1 with the keyboard: the display follows within 250 ms of the counter.
      await page.keyboard.press("+")
      await page.getByTestId("total").getByText(peso(total + items[2].price)).waitFor({ timeout })
      const shown = Date.now()
      await display.getByTestId("display-total").getByText(peso(total + items[2].price)).waitFor({ timeout: 5000 })
      expect(Date.now() - shown).toBeLessThan(250)
      await page.keyboard.press("-")
      await page.getByTestId("total").getByText(peso(total)).waitFor({ timeout })

      // An unknown code: a message, the sale untouched.
      await wedgeScan(page, "4800000000017")
      await page.getByTestId("notice").getByText("Unknown code 4800000000017").waitFor({ timeout })
      expect(await page.getByTestId("cart-line").count()).toBe(3)
      await shot(page, "pos-counter-1280.png")

      // Pay cash with change: F9, the amount handed over, Enter.
      const handed = Math.ceil(total / 1000) * 1000 + 1000
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").fill(String(handed))
      await page.getByTestId("change").getByText(peso(handed - total)).waitFor({ timeout })
      await shot(page, "pos-pay-1280.png")

      // The server takes the sale but its answer is lost; Enter again sends the same
      // Idempotency-Key and gets the same sale back: one receipt number, not two.
      // A miss says what the requests and the windows did, with a screenshot.
      loseCheckout = true
      await page.keyboard.press("Enter")
      await page
        .getByText("Connection lost. Press Enter to try again")
        .waitFor({ timeout })
        .catch(async (e: Error) => {
          await shot(page, "pos-pay-lost-answer-missed.png")
          const windows = await Promise.all((await page.getByRole("dialog").all()).map((d) => d.getAttribute("aria-label", { timeout: 1000 }).catch(() => "?")))
          throw new Error(`${e.message}\nLost answer: ${checkout}\nCheckouts sent: ${sent.join(", ") || "none"}\nWindows open: ${windows.join(", ") || "none"}`)
        })
      await page.keyboard.press("Enter")

      const receipt = page.getByTestId("receipt-dialog")
      await receipt.waitFor({ timeout })
      expect(await page.getByTestId("receipt-number").innerText()).toMatch(/^MNL-\d{6}-000001$/)
      expect(await amountOf(page, "sale-change")).toBe(handed - total)
      await page.frameLocator("iframe[title=Receipt]").getByText(await page.getByTestId("receipt-number").innerText()).first().waitFor({ timeout })
      await shot(page, "pos-receipt-1280.png")

      await display.getByTestId("display-thanks").waitFor({ timeout: 5000 })
      expect(await amountOf(display, "display-change")).toBe(handed - total)
      await shot(display, "pos-display-thanks-1280.png")

      // Enter: the next sale starts empty.
      await page.keyboard.press("Enter")
      await receipt.waitFor({ state: "detached", timeout })
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      expect(await page.getByTestId("total").innerText()).toBe(peso(0))
    })

    it("finds an item by name, adds a new customer by phone, takes a serial number, locks and unlocks, shows a lost connection, lists the shortcuts", async () => {
      const page = await context.newPage()
      await openCounter(page)

      // Words that are no code open the search with its results; Enter takes the first.
      await wedgeScan(page, "airpods pro")
      const search = page.getByTestId("search-dialog")
      await search.getByRole("option").first().waitFor({ timeout })
      await shot(page, "pos-search-1280.png")
      await page.keyboard.press("Enter")
      await until(() => page.getByTestId("cart-line").count(), 1)

      // F3: a phone nobody has, Enter to add them, a first name, Enter.
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").fill("0917 555 0199")
      await page.getByText("No customer found").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByLabel("First name").fill("Juan")
      await page.getByLabel("Last name").fill("dela Cruz")
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText("Juan dela Cruz").waitFor({ timeout })

      // A phone asks for its serial number as it is scanned; the scanner types it and Enter.
      await wedgeScan(page, phone.barcode)
      await page.getByLabel("Serial number 1").waitFor({ timeout })
      await page.keyboard.type("SN-TEST-0001")
      await page.keyboard.press("Enter")
      await page.getByTestId("cart-line").getByText("S/N SN-TEST-0001").waitFor({ timeout })

      // Alt+L locks (as the idle timer does); the cashier has no PIN, so the password opens it.
      await page.keyboard.press("Alt+L")
      const lock = page.getByRole("dialog", { name: "Counter locked" })
      await lock.waitFor({ timeout })
      await page.reload()
      await lock.waitFor({ timeout })
      await shot(page, "pos-locked-1280.png")
      await lock.getByLabel("Password").fill(TEST_PASSWORD)
      await page.keyboard.press("Enter")
      await lock.waitFor({ state: "detached", timeout })
      await until(() => page.getByTestId("cart-line").count(), 2)

      // Another cashier takes over with their PIN (Alt+L, their name, their PIN): the sale stays.
      const container = getContainer()
      const agentUser = (await container.resolve(Modules.USER).listUsers({ email: "agent1.mnl@example.com" }))[0]
      const [agent] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: agentUser.id })
      await api.post(`/admin/kassa/staff/${agent.id}/pin`, { pin: "1470" }, await adminHeaders(api, container, "owner@example.com"))
      await page.keyboard.press("Alt+L")
      await lock.getByRole("button", { name: "Kristine Reyes" }).waitFor({ timeout })
      await shot(page, "pos-switch-cashier-1280.png")
      await lock.getByRole("button", { name: "Kristine Reyes" }).click()
      await lock.getByLabel("Kristine Reyes's PIN").fill("1470")
      await page.keyboard.press("Enter")
      await page.getByText("Kristine Reyes").first().waitFor({ timeout })
      await lock.waitFor({ state: "detached", timeout })
      await until(() => page.getByTestId("cart-line").count(), 2)

      // The network goes away: a banner says so until the server answers again.
      await context.setOffline(true)
      const banner = page.getByRole("alert").filter({ hasText: "Connection to the Kassa server lost" })
      await banner.waitFor({ timeout })
      await shot(page, "pos-offline-1280.png")
      await context.setOffline(false)
      await banner.waitFor({ state: "detached", timeout })

      await page.evaluate("document.activeElement && document.activeElement.blur()")
      await page.keyboard.press("F1")
      await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor({ timeout })
      await shot(page, "pos-shortcuts-1280.png")
    })

    it("parks and resumes a sale, then splits the payment between card and cash (1024×768)", async () => {
      const page = await context.newPage()
      await page.setViewportSize({ width: 1024, height: 768 })
      await openCounter(page)

      await wedgeScan(page, items[0].barcode)
      await wedgeScan(page, items[1].barcode)
      await until(() => page.getByTestId("cart-line").count(), 2)
      await page.keyboard.press("F8")
      await page.getByText("Sale parked").waitFor({ timeout })
      expect(await page.getByTestId("cart-line").count()).toBe(0)

      // Another customer meanwhile, then the parked one back with Shift+F8 and Enter.
      await wedgeScan(page, items[2].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("Shift+F8")
      await page.getByTestId("parked-dialog").getByRole("option").first().waitFor({ timeout })
      await shot(page, "pos-parked-1024.png")
      await page.keyboard.press("Enter")
      await page.getByText("Parked sale resumed").waitFor({ timeout })
      await until(() => page.getByTestId("cart-line").count(), 2)
      await shot(page, "pos-counter-1024.png")

      // Split: 500 on card (last four digits), the rest in cash, exact.
      const total = items[0].price + items[1].price
      await page.keyboard.press("F9")
      await page.getByRole("tab", { name: "Card", exact: true }).click()
      await page.getByLabel("Tender amount").fill("500")
      await page.getByLabel("Last four digits").fill("4242")
      await page.getByLabel("Approval code").fill("A1B2C3")
      await page.keyboard.press("Enter")
      await page.getByTestId("due").getByText(peso(total - 500)).waitFor({ timeout })
      await shot(page, "pos-split-1024.png")
      await page.getByLabel("Cash handed over").focus()
      await page.keyboard.press("Enter")

      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const tenders = page.getByTestId("receipt-dialog").locator(".tender")
      await until(() => tenders.count(), 2)
      expect(await tenders.nth(0).innerText()).toMatch(/Card[\s\S]*₱500\.00/)
      expect(await tenders.nth(1).innerText()).toContain(peso(total - 500))
      await shot(page, "pos-receipt-1024.png")
    })

    it("sells on installments: the customer first, a term, credit details, the down payment in cash; the goods held for approval", async () => {
      const page = await context.newPage()
      await openCounter(page, false, AGENT)
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      const total = items[0].price

      // No customer yet: the Installment tender says to attach one (F3) first.
      await page.keyboard.press("F9")
      await page.getByRole("tab", { name: "Installment" }).click()
      await page.getByTestId("installment-problem").getByText("F3").waitFor({ timeout })
      await page.keyboard.press("Escape")

      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").fill("0917 555 0123")
      await page.getByText("No customer found").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByLabel("First name").fill("Maria")
      await page.getByLabel("Last name").fill("Credito")
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: "Customer" }).getByText("Maria Credito").waitFor({ timeout })

      // The branch's minimum down payment comes first; the customer puts 30 % down, over 6 months.
      await page.keyboard.press("F9")
      await page.getByRole("tab", { name: "Installment" }).click()
      const down = page.getByLabel("Down payment")
      await until(async () => (await down.inputValue()) !== "", true)
      const downPayment = Math.ceil(total * 0.3)
      await down.fill(String(downPayment))
      await page.getByRole("radio", { name: /^6 months/ }).click()
      await page.getByTestId("installment-quote").getByText(peso(total - downPayment)).waitFor({ timeout })

      // No credit details on file: ID, address; the contact number is the customer's phone.
      await page.getByLabel("ID number").fill("0028-1234567-8")
      await page.getByLabel("Street address").fill("12 Mabini Street, Barangay San Isidro")
      await page.getByLabel("City").fill("Makati")
      expect(await page.getByLabel("Contact number").inputValue()).toMatch(/917\D*555\D*0123/)
      await shot(page, "pos-installment-1280.png")

      // Enter adds the installment (what is financed); the down payment is what is still due, in cash.
      await page.keyboard.press("Enter")
      await page.getByTestId("due").getByText(peso(downPayment)).waitFor({ timeout })
      await page.getByLabel("Cash handed over").fill(String(downPayment))
      const checkout = page.waitForResponse("**/checkout")
      await page.keyboard.press("Enter")
      const { sale } = (await (await checkout).json()) as { sale: { order_id: string } }

      const receipt = page.getByTestId("receipt-dialog")
      await receipt.getByTestId("hold-note").getByText("held for approval").waitFor({ timeout })
      await page.frameLocator("iframe[title=Receipt]").getByText(await page.getByTestId("receipt-number").innerText()).first().waitFor({ timeout })
      await shot(page, "pos-installment-receipt-1280.png")

      // The plan waits for a credit officer; the credit details are filed on the customer.
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const { data } = await api.get(`/admin/kassa/installments/plans?order_id=${sale.order_id}`, owner)
      expect(data.plans).toEqual([
        expect.objectContaining({ status: "pending_approval", term_months: 6, down_payment: downPayment.toFixed(2), amount_financed: (total - downPayment).toFixed(2) }),
      ])
      const credit = await api.get(`/admin/kassa/installments/credit-profiles/${data.plans[0].customer_id}`, owner)
      expect(credit.data.credit_profile).toEqual(expect.objectContaining({ id_type: "UMID", id_number: "0028-1234567-8", city: "Makati" }))
    })

    it("shows the installments plugin's counter parts only where it is on: switched off at Manila, its tender, calculator key and credit panel go", async () => {
      const page = await context.newPage()
      await openCounter(page, false, AGENT)
      const keys = page.getByRole("navigation", { name: "Keyboard shortcuts" })
      const calculatorKey = keys.getByRole("button", { name: /Alt\+I/ })

      // On (the plugin's default): Alt+I opens the calculator at Manila's terms.
      await calculatorKey.waitFor({ timeout })
      // Every key stays on screen with the extension's added (the bar wraps, it never clips).
      const box = await calculatorKey.boundingBox()
      expect(box!.x + box!.width).toBeLessThanOrEqual((await page.evaluate("document.documentElement.clientWidth")) as number)
      await page.keyboard.press("Alt+KeyI")
      await page.getByLabel("Price").fill("12000")
      await page.getByRole("radio", { name: /^6 months/ }).click({ timeout })
      await page.getByTestId("installment-quote").waitFor({ timeout })
      await shot(page, "pos-installment-calculator-1280.png")
      await page.keyboard.press("Escape")

      // Beside the customer: the credit desk has nothing on file for a new one.
      await wedgeScan(page, items[0].barcode)
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.keyboard.press("F3")
      await page.getByLabel("Phone or name").fill("0917 555 0188")
      await page.getByText("No customer found").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByLabel("First name").fill("Jose")
      await page.keyboard.press("Enter")
      await page.getByTestId("credit-panel").getByText("No credit details on file").waitFor({ timeout })
      await page.keyboard.press("F9")
      await page.getByRole("tab", { name: "Installment" }).waitFor({ timeout })
      await page.keyboard.press("Escape")

      // The owner switches installments off at Manila; the counter, reloaded, has none of its parts.
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      await api.post(`/admin/kassa/branches/${manila}/plugins`, { plugin: "installments", enabled: false }, owner)
      await page.reload()
      await until(() => page.getByTestId("cart-line").count(), 1)
      await page.getByRole("button", { name: "Customer" }).getByText("Jose").waitFor({ timeout })
      expect(await calculatorKey.count()).toBe(0)
      expect(await page.getByTestId("credit-panel").count()).toBe(0)
      await page.keyboard.press("Alt+KeyI")
      expect(await page.getByTestId("screen-installment-calculator").count()).toBe(0)
      await page.keyboard.press("F9")
      await page.getByRole("tab", { name: "Cash" }).waitFor({ timeout })
      expect(await page.getByRole("tab", { name: "Installment" }).count()).toBe(0)
      await shot(page, "pos-installments-off-1280.png")
    })
  },
})

/**
 * The printing plugin's section of the counter's sale-complete dialog in Debian's Chromium: it
 * follows the receipt's print job to "printed", reprints and prints the customer's copy and a
 * gift receipt on the counter's printer (a TCP listener on loopback), and with the printer off
 * says the receipt was not printed, with the printer's error, while the sale stays complete; a
 * counter whose receipts are routed to the browser says so. Screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import net from "node:net"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, openCounter, peso, shot, stocked, watchedContext, wedgeScan, type Item } from "../helpers/counter-browser"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

process.env.KASSA_PRINT_RETRY_MS = "50"
process.env.KASSA_PRINT_MAX_ATTEMPTS = "3"
process.env.KASSA_PRINT_TIMEOUT_MS = "2000"

const CASHIER = "cashier.mnl@example.com"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let item: Item
    let printer: net.Server
    let printerId: string
    let mnlLocation: string
    let r1: string
    const prints: string[] = []
    let manager: Awaited<ReturnType<typeof staffHeaders>>
    let end: () => Promise<string[]>

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "branch", fields: ["stock_location_id", "registers.id", "registers.code"], filters: { code: "MNL" } })
      const mnl = data[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
      ;[item] = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 1), mnl.stock_location_id)
      await staffHeaders(api, container, CASHIER, { roles: ["Cashier"], branch_ids: [mnl.stock_location_id] })
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl.stock_location_id] })
      prints.length = 0 // receipt numbers start again with each test's data
      printer = net.createServer((socket) => {
        const chunks: Buffer[] = []
        socket.on("data", (c) => chunks.push(c))
        socket.on("end", () => (socket.end(), prints.push(Buffer.concat(chunks).toString("latin1"))))
      })
      await new Promise<void>((resolve) => printer.listen(0, "127.0.0.1", resolve))
      mnlLocation = mnl.stock_location_id
      r1 = mnl.registers.find((r) => r.code === "R1")!.id
      const added = await api.post(
        "/admin/kassa/printing/printers",
        { location_id: mnl.stock_location_id, register_id: r1, name: "Counter 1", host: "127.0.0.1", port: (printer.address() as net.AddressInfo).port },
        manager
      )
      printerId = added.data.printer.id
      const watched = await watchedContext(browser, "counter-printing")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => {
      const failures = await end()
      await new Promise((r) => printer.close(r))
      expect(failures).toEqual([])
    })

    const until = async (what: () => boolean, label: string) => {
      for (let waited = 0; !what(); waited += 100) {
        if (waited > timeout) throw new Error(`No ${label} within ${timeout} ms`)
        await new Promise((r) => setTimeout(r, 100))
      }
    }

    /** Scans the item and pays cash (exact): the sale-complete dialog's receipt number. */
    async function sell(page: Page) {
      await wedgeScan(page, item.barcode)
      await page.getByTestId("total").getByText(peso(item.price)).waitFor({ timeout })
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      return page.getByTestId("receipt-number").innerText()
    }

    it("shows the receipt printed, reprints it and prints the customer's copy; with the printer off, says so without holding up the sale", async () => {
      const page = await context.newPage()
      await openCounter(page, base, CASHIER)

      const receipt = await sell(page)
      const status = page.getByTestId("receipt-print-status")
      await status.and(page.locator("[data-status=done]")).waitFor({ timeout })
      expect(await status.innerText()).toContain("Receipt printed")
      await until(() => prints.some((p) => p.includes(receipt)), "receipt at the printer")
      await shot(page, "counter-printing-printed-1280.png")

      await page.getByTestId("receipt-reprint").click()
      await until(() => prints.some((p) => p.includes("REPRINT") && p.includes(receipt)), "reprint at the printer")
      await status.getByText("Printed again").waitFor({ timeout })
      await page.getByTestId("receipt-customer-copy").click()
      await until(() => prints.some((p) => p.includes("CUSTOMER COPY") && p.includes(receipt)), "customer copy at the printer")
      await page.getByTestId("receipt-gift").click()
      await until(() => prints.some((p) => p.includes("GIFT RECEIPT") && p.includes(receipt)), "gift receipt at the printer")
      await status.getByText("Gift receipt printed").waitFor({ timeout })
      expect(prints.find((p) => p.includes("GIFT RECEIPT"))).not.toContain("PHP")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })

      // The printer goes off (a port where nothing listens): the sale completes, the section says why it did not print.
      await api.post(`/admin/kassa/printing/printers/${printerId}`, { port: 1 }, manager)
      const unprinted = await sell(page)
      expect(unprinted).toMatch(/^MNL-\d{6}-\d{6}$/)
      await status.and(page.locator("[data-status=failed]")).waitFor({ timeout })
      expect(await status.innerText()).toMatch(/Not printed: .*ECONNREFUSED/)
      await page.getByTestId("receipt-reprint").waitFor({ timeout })
      await shot(page, "counter-printing-failed-1280.png")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
    })

    it("says the receipt prints from the browser where the branch routes the counter's receipts to it", async () => {
      const added = await api.post("/admin/kassa/printing/printers", { location_id: mnlLocation, name: "Counter 1 browser", kind: "browser" }, manager)
      await api.post("/admin/kassa/printing/routing", { location_id: mnlLocation, task: "receipt", register_id: r1, printer_id: added.data.printer.id }, manager)
      const page = await context.newPage()
      await openCounter(page, base, CASHIER)
      const receipt = await sell(page)
      const status = page.getByTestId("receipt-print-status")
      await status.and(page.locator("[data-status=browser]")).waitFor({ timeout })
      expect(await status.innerText()).toContain("print from this browser (Counter 1 browser)")
      await shot(page, "counter-printing-browser-1280.png")
      expect(prints.some((p) => p.includes(receipt))).toBe(false)
      // The gift receipt and the invoice follow the receipt to the browser: the counter prints their pages itself.
      const printed = page.frameLocator("#kassa-print-frame")
      await page.getByTestId("receipt-gift").click()
      await printed.getByText("GIFT RECEIPT").waitFor({ state: "attached", timeout })
      expect(await printed.locator("pre").first().textContent()).toContain(receipt)
      await page.getByTestId("receipt-invoice").click()
      await printed.locator("table.totals").first().waitFor({ state: "attached", timeout })
      expect(await printed.locator("body").textContent()).toContain(receipt)
      expect(prints.some((p) => p.includes(receipt))).toBe(false)
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
    })
  },
})

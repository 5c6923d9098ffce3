/**
 * The stock pages in Debian's Chromium: an owner sees a branch's low stock, reorders it, turns
 * the reorder list into a purchase order, marks it sent, receives it and records the supplier's
 * invoice on the Purchase orders page, and finds the supplier on the Suppliers page. Stock and
 * the order are then checked through the API. Screenshots go to artifacts/stock-admin-*.png.
 */
import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext } from "playwright-core"
import { buildWorld, type World } from "../helpers/access-world"
import { adminFront, buildAdmin, signInToAdmin, type AdminFront } from "../helpers/admin-browser"
import { BROWSER_TIMEOUT as timeout, launchChromium, shot, watchedContext } from "../helpers/counter-browser"

jest.setTimeout(900000)

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
    let end: () => Promise<string[]>
    let w: World

    beforeAll(async () => {
      browser = await launchChromium()
      await buildAdmin()
    })
    afterAll(async () => browser?.close())

    beforeEach(async () => {
      front.setBackend(api.defaults.baseURL as string)
      w = await buildWorld(api, getContainer())
      const watched = await watchedContext(browser, "stock-admin")
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    it("low stock → reorder → purchase order → sent → received → invoice, on the admin's stock pages", async () => {
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      // One left at each branch: low (minimum 3) wherever the page opens.
      await inventory.updateInventoryLevels([w.mnl, w.dav].map((location_id) => ({ inventory_item_id: w.inventoryItemId, location_id, stocked_quantity: 1 })))
      const { data } = await container.resolve("query").graph({ entity: "product_variant", fields: ["id"], filters: { sku: "TP-1" } })
      const supplier = (await api.post("/admin/kassa/stock/suppliers", { name: "Cebu Mobile Distributors", terms: "30 days net" }, w.as.owner)).data.supplier
      await api.post(`/admin/kassa/stock/suppliers/${supplier.id}/supplies`, { variant_id: data[0].id, cost: 600.25, currency_code: "php" }, w.as.owner)

      const page = await context.newPage()
      await signInToAdmin(page, front.base, "owner@example.com")
      await page.goto(`${front.base}/app/stock`)
      const lowRow = page.locator("tr", { hasText: "Test phone — Standard" }).first()
      await lowRow.getByText("low", { exact: true }).waitFor({ timeout })
      await lowRow.getByRole("button", { name: "Reorder" }).click()
      // Up to the reorder quantity (6) less the one available.
      const listRow = page.locator("tr", { hasText: "Test phone — Standard" }).nth(1)
      await listRow.locator("input[type=number]").and(page.locator("[value='5']")).waitFor({ timeout })
      await shot(page, "stock-admin-low-stock.png")
      await page.getByRole("button", { name: "Create purchase orders" }).click()
      await page.getByText("Purchase orders created").waitFor({ timeout })

      await page.goto(`${front.base}/app/stock/purchase-orders`)
      const poRow = page.locator("tr", { hasText: /PO-\d{4}-\d{6}/ }).first()
      await poRow.getByText("draft", { exact: true }).waitFor({ timeout })
      await poRow.getByRole("button", { name: "Mark sent" }).click()
      await poRow.getByText("sent", { exact: true }).waitFor({ timeout })
      await poRow.getByRole("button", { name: "Receive all outstanding" }).click()
      await poRow.getByText("received", { exact: true }).waitFor({ timeout })
      await poRow.getByPlaceholder("Supplier invoice no.").fill("SI-77")
      await poRow.getByRole("button", { name: "Record invoice" }).click()
      await page.getByText("Supplier invoice recorded").waitFor({ timeout })
      await shot(page, "stock-admin-purchase-orders.png")

      await page.goto(`${front.base}/app/stock/suppliers`)
      await page.locator("tr", { hasText: "Cebu Mobile Distributors" }).getByText("active", { exact: true }).waitFor({ timeout })
      await shot(page, "stock-admin-suppliers.png")

      const [po] = (await api.get("/admin/kassa/stock/purchase-orders", w.as.owner)).data.purchase_orders
      const full = (await api.get(`/admin/kassa/stock/purchase-orders/${po.id}`, w.as.owner)).data.purchase_order
      expect(full).toMatchObject({ status: "received", lines: [expect.objectContaining({ quantity: 5, received_quantity: 5 })], invoices: [expect.objectContaining({ supplier_invoice_number: "SI-77" })] })
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: w.inventoryItemId, location_id: po.location_id })
      expect(Number(level.stocked_quantity)).toBe(6)
    })

    it("requests, dispatches and receives a transfer with a damaged unit, and counts a branch into an adjustment, on the Transfers and Counts pages", async () => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const page = await context.newPage()
      await signInToAdmin(page, front.base, "owner@example.com")
      await page.goto(`${front.base}/app/stock/transfers`)
      // From the first branch (the form's default) to the other one.
      await page.getByLabel("Destination").click()
      await page.getByRole("option").first().click()
      await page.getByPlaceholder("SKU").fill("TP-1")
      await page.getByLabel("Quantity").fill("2")
      await page.getByRole("button", { name: "Request transfer" }).click()
      await page.getByText("Transfer requested: the units are reserved").waitFor({ timeout })
      await page.getByText("pending", { exact: true }).waitFor({ timeout })
      await page.getByRole("button", { name: "Dispatch" }).click()
      await page.getByText("in transit", { exact: true }).waitFor({ timeout })
      await page.getByLabel("Received TP-1").fill("1")
      await page.getByLabel("Damaged TP-1").fill("1")
      await page.getByPlaceholder("Note (missing, damaged…)").fill("Cracked screen")
      await page.getByRole("button", { name: "Confirm receipt" }).click()
      await page.getByText("received", { exact: true }).first().waitFor({ timeout })
      await page.getByText("Cracked screen").waitFor({ timeout })
      await shot(page, "stock-admin-transfer.png")

      await page.goto(`${front.base}/app/stock/counts`)
      await page.getByRole("button", { name: "Start a full count" }).click()
      const counted = page.getByLabel("Counted TP-1")
      await counted.fill("2")
      await counted.blur()
      await page.getByText("Count updated").waitFor({ timeout })
      await page.getByPlaceholder("Reason for the adjustments").fill("Shelf count")
      await page.getByRole("button", { name: "Approve and adjust stock" }).click()
      await page.getByText("approved", { exact: true }).waitFor({ timeout })
      await shot(page, "stock-admin-count.png")

      // 5 each: the source sent 2, the destination got 1 (1 damaged), then the counted branch was set to 2.
      const [transfer] = (await api.get("/admin/kassa/stock/transfers", w.as.owner)).data.transfers
      expect(transfer).toMatchObject({ status: "received", has_discrepancy: true, lines: [expect.objectContaining({ received_quantity: 1, damaged_quantity: 1, missing_quantity: 0 })] })
      const [count] = (await api.get("/admin/kassa/stock/counts", w.as.owner)).data.counts
      const stocked = async (location_id: string) => Number((await inventory.listInventoryLevels({ inventory_item_id: w.inventoryItemId, location_id }))[0].stocked_quantity)
      expect(await stocked(count.location_id)).toBe(2)
      const other = count.location_id === w.mnl ? w.dav : w.mnl
      expect(await stocked(other)).toBe(other === transfer.from_location_id ? 3 : 6)
    })
  },
})

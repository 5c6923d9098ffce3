/**
 * Plugins' admin pages in Debian's Chromium, on one server:
 * - shelf labels for several products from Medusa's product list: the printing plugin's widget
 *   above the list opens the products listed the same way, a manager ticks two on the first page
 *   and one on the second, takes "Print labels" from the command bar (the bulk action the list
 *   itself cannot take) and downloads the PDF: a page per label, two per variant, whose barcodes
 *   decode back to the variants' codes;
 * - the Webhooks page: the owner subscribes a loopback receiver to "A customer was created",
 *   copies the secret shown once, and sees the delivery of the next new customer in its log;
 * - a pre-order's record page, opened from the Pre-orders list: its facts, a card payment
 *   recorded there and its slip, then a cancellation with the refund.
 * - the API page: Kassa's routes by plugin, the checkout's body opened from a filtered list.
 * The admin is served by a front server (helpers/admin-browser.ts). Screenshots go to
 * artifacts/admin-labels-*.png, admin-webhooks-*.png and admin-api-*.png.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { readFile } from "node:fs/promises"
import http from "node:http"
import type { AddressInfo } from "node:net"
import type { Browser } from "playwright-core"
import { adminHeaders, staffHeaders } from "../helpers/admin"
import { adminFront, buildAdmin, signInToAdmin, type AdminFront } from "../helpers/admin-browser"
import { BROWSER_TIMEOUT as timeout, launchChromium, shot, watchedContext } from "../helpers/counter-browser"
import { decodeBarcode, pdfImages, pdfPageCount } from "../helpers/decode-barcode"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

const MANAGER = "manager.mnl@example.com"

type Listed = { id: string; title: string; variants: { id: string; barcode: string | null }[] }

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

    it("prints labels for products ticked on two pages of the product list's labels window: a PDF page per label, barcodes that scan", async () => {
      front.setBackend(api.defaults.baseURL as string)
      const container = getContainer()
      const { data: branches } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      const mnl = (branches[0] as { stock_location_id: string }).stock_location_id
      const manager = await staffHeaders(api, container, MANAGER, { roles: ["Manager"], branch_ids: [mnl] })
      // The window lists products by title, 20 a page: two of the first page, one of the second.
      const { products } = (await api.get("/admin/products?order=title&limit=21&fields=id,title,variants.id,variants.barcode", manager)).data as { products: Listed[] }
      const chosen = [products[0], products[1], products[20]]
      const codes = new Set(chosen.flatMap((p) => p.variants.map((v) => v.barcode)))
      const variants = chosen.reduce((n, p) => n + p.variants.length, 0)

      const { context, end } = await watchedContext(browser, "admin-labels", { acceptDownloads: true })
      try {
        const page = await context.newPage()
        await signInToAdmin(page, front.base, MANAGER)
        await page.goto(`${front.base}/app/products`)
        const open = page.getByRole("button", { name: "Print labels for products…" })
        await open.waitFor({ timeout: 60000 })
        await shot(page, "admin-labels-product-list.png")
        await open.click()
        const tick = (title: string) => page.getByRole("dialog").getByRole("row").filter({ hasText: title }).first().getByRole("checkbox").click({ timeout })
        await tick(chosen[0].title)
        await tick(chosen[1].title)
        await page.getByRole("dialog").getByRole("button", { name: /next/i }).click({ timeout })
        await tick(chosen[2].title)
        await page.getByText("3 selected").waitFor({ timeout })
        await shot(page, "admin-labels-ticked.png")

        await page.keyboard.press("l")
        const panel = page.getByTestId("bulk-labels-print")
        await panel.getByText("3 products").waitFor({ timeout })
        await panel.getByText(chosen.map((p) => p.title).join(" · ")).waitFor({ timeout })
        await panel.getByLabel("Labels per variant").fill("2")
        await panel.getByRole("button", { name: `Download PDF (${variants * 2})` }).waitFor({ timeout })
        await shot(page, "admin-labels-print.png")
        const [download] = await Promise.all([page.waitForEvent("download", { timeout }), panel.getByRole("button", { name: /Download PDF/ }).click()])
        const pdf = await readFile((await download.path())!)

        expect(pdfPageCount(pdf)).toBe(variants * 2)
        // Each variant's barcode image is embedded once; every one decodes to a chosen variant's code.
        const decoded = pdfImages(pdf).map((i) => decodeBarcode(i.grey, i.width, i.height))
        expect(new Set(decoded)).toEqual(codes)
      } finally {
        expect(await end()).toEqual([])
      }
    })

    it("adds a webhook subscription on the Webhooks page, shows its secret once, and lists the delivery of the next new customer", async () => {
      front.setBackend(api.defaults.baseURL as string)
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const got: { event: string; signature: string }[] = []
      const receiver = http.createServer((req, res) => {
        let body = ""
        req.on("data", (c) => (body += c))
        req.on("end", () => {
          got.push({ event: JSON.parse(body).event, signature: String(req.headers["x-kassa-signature"]) })
          res.writeHead(204).end()
        })
      })
      await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
      const url = `http://localhost:${(receiver.address() as AddressInfo).port}/kassa`
      const { context, end } = await watchedContext(browser, "admin-webhooks")
      try {
        const page = await context.newPage()
        await signInToAdmin(page, front.base, "owner@example.com")
        await page.goto(`${front.base}/app/webhooks`)
        await page.getByText("No subscription yet.").waitFor({ timeout: 60000 })
        await page.getByLabel("Receiver URL").fill(url)
        await page.getByLabel("What it is for").fill("CRM")
        await page.getByLabel("A customer was created").click()
        await page.getByRole("button", { name: "Add subscription" }).click()
        const secret = page.getByTestId("webhook-secret")
        await secret.getByText(/^whsec_[0-9a-f]{48}$/).waitFor({ timeout })
        await shot(page, "admin-webhooks-secret.png")
        await page.getByRole("button", { name: "I have copied it" }).click()
        await secret.waitFor({ state: "detached", timeout })

        expect((await api.post("/admin/customers", { first_name: "Webhook", last_name: "Tester", email: "webhook.tester@example.com" }, owner)).status).toBe(200)
        await page.getByRole("button", { name: "Deliveries" }).click()
        await page.getByRole("row").filter({ hasText: "customer.created" }).getByText("delivered").waitFor({ timeout })
        await shot(page, "admin-webhooks-deliveries.png")
        expect(got.map((g) => g.event)).toEqual(["customer.created"])
        expect(got[0].signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
      } finally {
        receiver.close()
        expect(await end()).toEqual([])
      }
    })

    it("lists Kassa's routes by plugin on the API page, each opening to its parameters and body, with the document to download", async () => {
      front.setBackend(api.defaults.baseURL as string)
      const { context, end } = await watchedContext(browser, "admin-api")
      try {
        const page = await context.newPage()
        await signInToAdmin(page, front.base, MANAGER)
        await page.goto(`${front.base}/app/api`)
        await page.getByRole("heading", { name: "pos", exact: true }).waitFor({ timeout: 60000 })
        await shot(page, "admin-api-routes.png")
        await page.getByPlaceholder("Filter routes").fill("checkout")
        await page.getByText("/admin/kassa/pos/tickets/{id}/checkout").click({ timeout })
        await page.getByText(/"tenders"/).first().waitFor({ timeout })
        await shot(page, "admin-api-checkout.png")
        expect(await page.getByRole("link", { name: "Download openapi.json" }).getAttribute("href")).toBe("/admin/kassa/openapi.json")
      } finally {
        expect(await end()).toEqual([])
      }
    })

    it("opens a pre-order from the list, records a card payment on its page, shows the payment's slip, and cancels it", async () => {
      front.setBackend(api.defaults.baseURL as string)
      const container = getContainer()
      const { data: branches } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      const mnl = (branches[0] as { stock_location_id: string }).stock_location_id
      const manager = await staffHeaders(api, container, MANAGER, { roles: ["Manager"], branch_ids: [mnl] })
      const { products } = (await api.get("/admin/products?order=title&limit=1&offset=40&fields=id,title,variants.id,variants.sku", manager)).data as { products: (Listed & { variants: { sku: string }[] })[] }
      // None of it at Manila: a pre-order waits for stock.
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: products[0].variants[0].sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: 0 }])
      // An axios error carries its request: its message only, so a refusal reads as what the server said.
      const post = (url: string, body: unknown) =>
        api.post(url, body, manager).catch((e: { response?: { status: number; data: unknown } }) => {
          throw new Error(`${url}: ${e.response?.status} ${JSON.stringify(e.response?.data)}`)
        })
      const customer = (await post("/admin/kassa/pos/customers", { first_name: "Rita", last_name: "Record", phone: "0917 720 0001" })).data.customer as { id: string }
      const taken = await post("/admin/kassa/preorders", { location_id: mnl, customer_id: customer.id, variant_id: products[0].variants[0].id, quantity: 1, expected_at: "2027-03-01", deposit: { tender: "card", amount: 3000 } })
      const p = taken.data.preorder as { id: string; number: string; balance: string }

      const { context, end } = await watchedContext(browser, "admin-preorder")
      try {
        const page = await context.newPage()
        await signInToAdmin(page, front.base, MANAGER)
        await page.goto(`${front.base}/app/preorders`)
        await page.getByRole("link", { name: p.number }).click({ timeout: 60000 })
        const facts = page.getByTestId("preorder-facts")
        await facts.getByText("not yet (waiting for stock)").waitFor({ timeout })
        await facts.getByText(`1 × ${products[0].title}`, { exact: false }).first().waitFor({ timeout })

        const pay = page.getByTestId("record-payment")
        await pay.getByLabel("Amount").fill("50")
        await pay.getByRole("button", { name: "Record payment" }).click()
        await page.getByRole("cell", { name: `${p.number}-2` }).waitFor({ timeout })
        const paid = (await api.get(`/admin/kassa/preorders/${p.id}`, manager)).data.preorder as { paid: string; payments: { tender: string; amount: string }[] }
        expect(paid.paid).toBe("3050.00")
        expect(paid.payments.map((x) => [x.tender, x.amount])).toEqual([["card", "3000.00"], ["card", "50.00"]])
        await page.getByRole("row").filter({ hasText: `${p.number}-2` }).getByRole("button", { name: "Slip" }).click()
        await page.getByTestId("preorder-slip").getByText(new RegExp(`Receipt no\\. +${p.number}-2`)).waitFor({ timeout })
        await shot(page, "admin-preorder-record.png")

        page.once("dialog", (d) => void d.accept())
        await page.getByLabel("Reason to cancel").fill("Customer changed their mind")
        await page.getByRole("button", { name: "Cancel and refund" }).click()
        await page.getByText("Canceled").first().waitFor({ timeout })
        const canceled = (await api.get(`/admin/kassa/preorders/${p.id}`, manager)).data.preorder as { status: string; close_reason: string }
        expect(canceled).toEqual(expect.objectContaining({ status: "canceled", close_reason: "Customer changed their mind" }))
      } finally {
        expect(await end()).toEqual([])
      }
    })
  },
})

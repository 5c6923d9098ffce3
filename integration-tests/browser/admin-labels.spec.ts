/**
 * Shelf labels for several products from Medusa's product list, in Debian's Chromium: the
 * printing plugin's widget above the list opens the products listed the same way, a manager
 * ticks two on the first page and one on the second, takes "Print labels" from the command bar
 * (the bulk action the list itself cannot take) and downloads the PDF: a page per label, two per
 * variant, whose barcodes decode back to the variants' codes.
 * The admin is served by a front server (helpers/admin-browser.ts). Screenshots go to
 * artifacts/admin-labels-*.png.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readFile } from "node:fs/promises"
import type { Browser } from "playwright-core"
import { staffHeaders } from "../helpers/admin"
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

medusaIntegrationTestRunner({
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
  },
})

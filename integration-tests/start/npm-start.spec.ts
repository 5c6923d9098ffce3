/**
 * Boots Kassa exactly as `npm start` does (scripts/kassa.js start, embedded PostgreSQL in a
 * fresh data directory), checks the demo retailer through the admin API and in a real browser,
 * stops it as Ctrl-C does, and starts it again on the same data.
 */
import { isValidGtin } from "@kassa/core/kit"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { chromium } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { checkBranchAndStaffPages } from "./admin-pages"
import { checkFirstDayPages } from "./first-day-pages"
import { checkInstallmentPages } from "./installments-pages"
import { checkSecondFactorPages } from "./second-factor-pages"
import { checkStoreCreditPages } from "./store-credit-pages"
import { checkWarrantyPages } from "./warranty-pages"
import { freePort, KassaRun, root, startKassa, stopKassa } from "../helpers/kassa-process"

jest.setTimeout(600000)

const artifacts = path.join(root, "artifacts")
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kassa-start-"))
const admin = { email: "admin@example.com", password: "kassa-admin" }

const postgresRunningOn = (dir: string) => {
  const pidFile = path.join(dir, "pg", "postmaster.pid")
  if (!fs.existsSync(pidFile)) return false
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe("npm start", () => {
  let port: number
  let base: string
  let started: KassaRun
  let token: string
  let productCount: number

  // Admin API bodies, read loosely: the assertions say what they must hold.
  const get = async (url: string): Promise<Record<string, any>> => {
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    return (await res.json()) as Record<string, any>
  }
  const signIn = async () => {
    const res = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(admin),
    })
    expect(res.status).toBe(200)
    token = ((await res.json()) as { token: string }).token
  }

  beforeAll(async () => {
    port = await freePort()
    base = `http://localhost:${port}`
    fs.mkdirSync(artifacts, { recursive: true })
  })

  afterAll(async () => {
    await stopKassa(started)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("starts on an empty data directory, prints the admin URL and login, and /health answers", async () => {
    started = await startKassa(port, dataDir)
    expect(started.output()).toContain(`Admin       ${base}/app`)
    expect(started.output()).toContain(`Login       ${admin.email} / ${admin.password}`)
    expect((await fetch(`${base}/health`)).status).toBe(200)
    await signIn()
  })

  it("has three branches, each a stock location with its own sales channel", async () => {
    const { stock_locations } = await get("/admin/stock-locations?fields=name,*sales_channels,*address")
    expect(stock_locations.map((l: { name: string }) => l.name).sort()).toEqual(["Cebu Branch", "Davao Branch", "Manila Branch"])
    const channelIds = stock_locations.map((l: { sales_channels: { id: string }[] }) => {
      expect(l.sales_channels).toHaveLength(1)
      return l.sales_channels[0].id
    })
    expect(new Set(channelIds).size).toBe(3)
  })

  it("has a PHP region with tax-inclusive prices and 12 % VAT", async () => {
    const { regions } = await get("/admin/regions?fields=name,currency_code,countries.iso_2")
    expect(regions).toEqual([expect.objectContaining({ name: "Philippines", currency_code: "php", countries: [{ iso_2: "ph" }] })])
    const { price_preferences } = await get(`/admin/price-preferences?attribute=region_id&value=${regions[0].id}`)
    expect(price_preferences).toEqual([expect.objectContaining({ is_tax_inclusive: true })])
    const { tax_regions } = await get("/admin/tax-regions?country_code=ph&fields=*tax_rates")
    // 12 % on everything but the gift card (VAT is due when a card is spent, not when it is sold).
    expect(tax_regions[0].tax_rates).toHaveLength(2)
    expect(tax_regions[0].tax_rates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rate: 12, code: "VAT", is_default: true }),
        expect.objectContaining({ rate: 0, code: "VAT-GC", is_default: false, rules: [expect.objectContaining({ reference: "product" })] }),
      ])
    )
  })

  it("has at least 200 products in the five categories, every variant priced with a valid EAN-13", async () => {
    const { count } = await get("/admin/products?limit=1")
    expect(count).toBeGreaterThanOrEqual(200)
    productCount = count
    const { product_categories } = await get("/admin/product-categories?fields=name,products.id&limit=20")
    for (const name of ["Laptop", "Android", "iPhone", "Printer", "Accessories"]) {
      const category = product_categories.find((c: { name: string }) => c.name === name)
      expect(category.products.length).toBeGreaterThan(5)
    }
    const { variants } = await get("/admin/product-variants?limit=2000&fields=barcode,sku,*prices")
    const barcodes = variants.map((v: { barcode: string }) => v.barcode)
    expect(barcodes.every(isValidGtin)).toBe(true)
    expect(barcodes.every((b: string) => b.length === 13)).toBe(true)
    expect(new Set(barcodes).size).toBe(barcodes.length)
    expect(variants.every((v: { prices: { currency_code: string }[] }) => v.prices.some((p) => p.currency_code === "php"))).toBe(true)
  })

  it("has stock per branch, with some items low and some sold out", async () => {
    const { inventory_items } = await get("/admin/inventory-items?limit=2000&fields=sku,*location_levels")
    const levels = inventory_items.flatMap((i: { location_levels: { stocked_quantity: number }[] }) => i.location_levels)
    expect(levels.length).toBe(inventory_items.length * 3)
    const quantities = levels.map((l: { stocked_quantity: number }) => l.stocked_quantity)
    expect(quantities.filter((q: number) => q === 0).length).toBeGreaterThan(10)
    expect(quantities.filter((q: number) => q > 0 && q <= 2).length).toBeGreaterThan(10)
    expect(quantities.filter((q: number) => q > 2).length).toBeGreaterThan(levels.length / 2)
  })

  it("has customers with phone numbers, staff users and a cost price for every variant", async () => {
    const { customers, count } = await get("/admin/customers?limit=100&fields=phone")
    expect(count).toBeGreaterThanOrEqual(50)
    expect(customers.every((c: { phone: string }) => /^\+639\d{9}$/.test(c.phone))).toBe(true)
    const { users } = await get("/admin/users?limit=50&fields=email")
    expect(users.map((u: { email: string }) => u.email)).toEqual(expect.arrayContaining(["manager.mnl@example.com", "credit@example.com"]))
    // Officers who can approve a phone on installments, and a senior one a laptop escalates to.
    const { credit_officers } = await get("/admin/kassa/installments/officers")
    const limits = credit_officers.map((o: { approval_limit: number }) => Number(o.approval_limit)).sort((a: number, b: number) => a - b)
    expect(limits).toEqual([60000, 200000])
    const costs = await get("/admin/kassa/variant-costs?limit=1")
    const { count: variantCount } = await get("/admin/product-variants?limit=1")
    expect(costs.count).toBe(variantCount)
  })

  it("lets the printed login sign in to the admin in a real browser, with Kassa's pages working", async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    })
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(`${base}/app/login`)
      await page.fill("input[name=email]", admin.email)
      await page.fill("input[name=password]", admin.password)
      await page.click("button[type=submit]")
      await page.waitForURL((url) => !url.pathname.includes("login"), { timeout: 30000 })

      await page.goto(`${base}/app/settings/locations`)
      for (const name of ["Manila Branch", "Cebu Branch", "Davao Branch"]) {
        await page.getByText(name).first().waitFor({ timeout: 30000 })
      }
      await page.screenshot({ path: path.join(artifacts, "admin-locations.png") })

      // Flags and icons come from the server, not a CDN (react-country-flag aliased in the admin build).
      const outside: string[] = []
      page.on("request", (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith("data:")) outside.push(r.url())
      })
      await page.goto(`${base}/app/settings/tax-regions`)
      await page.locator("img[alt=Philippines]").first().waitFor({ timeout: 30000 })
      expect(outside).toEqual([])
      expect((await fetch(`${base}/favicon.ico`)).headers.get("content-type")).toContain("image/svg+xml")

      // A reload keeps the session: the cookie came back over plain http.
      await page.goto(`${base}/app/products?q=iPhone%2016%20Pro`)
      await page.getByText("iPhone 16 Pro Max").first().click({ timeout: 30000 })
      const widget = page.getByRole("table").filter({ has: page.getByText("Gross margin") })
      await widget.waitFor({ timeout: 30000 })
      // Margin on the net price: the shelf price includes 12 % VAT, the cost does not.
      const demo = buildCatalog().find((p) => p.title === "iPhone 16 Pro Max")!.variants[0]
      const net = demo.price / 1.12
      const margin = (((net - demo.cost) / net) * 100).toFixed(1)
      const row = widget.getByRole("row", { name: new RegExp(demo.sku) })
      await row.getByText(`${margin} %`).waitFor({ timeout: 30000 })
      await widget.scrollIntoViewIfNeeded()
      await page.screenshot({ path: path.join(artifacts, "admin-product-cost.png") })

      await checkBranchAndStaffPages(page, base, artifacts)
      await checkWarrantyPages(page, base, artifacts)
      await checkInstallmentPages(page, base, artifacts)
      await checkFirstDayPages(page, base, artifacts)
      // Store credit: signed in as Manila's manager, in a page of its own (after first-day, which closes Counter 2's drawer).
      await checkStoreCreditPages(browser, base, artifacts)
      await checkSecondFactorPages(page, browser, base, artifacts)
    } finally {
      await browser.close()
    }
  })

  it("stops on Ctrl-C with no PostgreSQL left running", async () => {
    expect(postgresRunningOn(dataDir)).toBe(true)
    expect(await stopKassa(started)).toBe(0)
    expect(postgresRunningOn(dataDir)).toBe(false)
  })

  // With KASSA_TEST_REDIS_URL (CI sets it when Redis answers) the second start also proves that
  // REDIS_URL switches Medusa to its Redis event bus, workflow engine, locking and cache.
  const redisUrl = process.env.KASSA_TEST_REDIS_URL

  it(`starts again on the same data without seeding it twice${redisUrl ? ", on Redis" : ""}`, async () => {
    started = await startKassa(port, dataDir, redisUrl ? { REDIS_URL: redisUrl } : {})
    // Nothing changed since the first start: neither migrations nor the bootstrap load the app again.
    expect(started.output()).toContain("Migrations: nothing changed since the last start")
    expect(started.output()).toContain("Admin user and demo data: in place since the last start")
    if (redisUrl) {
      for (const module of ["event-bus-redis", "cache-redis", "workflow-engine-redis"]) {
        expect(started.output()).toContain(`Connection to Redis in module '${module}' established`)
      }
      // Medusa logs this line as JSON when it comes from the server's own logger: allow escaped quotes.
      expect(started.output()).toMatch(/Connection to Redis in \\?"locking-redis\\?" provider established/)
    }
    const seconds = Number(/Kassa is running \(ready in ([\d.]+) s\)/.exec(started.output())![1])
    fs.writeFileSync(path.join(artifacts, "second-start.json"), JSON.stringify({ seconds }))
    await signIn()
    const { count } = await get("/admin/products?limit=1")
    const { stock_locations } = await get("/admin/stock-locations")
    expect(stock_locations).toHaveLength(3)
    expect(count).toBe(productCount)
    await forgetBootstrap(dataDir)
    expect(await stopKassa(started)).toBe(0)
    expect(postgresRunningOn(dataDir)).toBe(false)
  })

  it("runs the bootstrap again when its stamp is gone, and it seeds nothing twice", async () => {
    started = await startKassa(port, dataDir)
    expect(started.output()).toContain("Migrations: nothing changed since the last start")
    expect(started.output()).toContain("0 new products, 0 new customers, 0 new staff users")
    await signIn()
    expect((await get("/admin/products?limit=1")).count).toBe(productCount)
    expect(await stopKassa(started)).toBe(0)
  })
})

/**
 * Drops the bootstrap's stamp (scripts/lib/start-stamps.js) in the running embedded cluster, as a
 * restored database would lack it; the cluster's port and password are in its data directory.
 */
async function forgetBootstrap(dir: string) {
  const [port, password] = ["pg-port", "pg-password"].map((f) => fs.readFileSync(path.join(dir, f), "utf8").trim())
  const client = new Client({ connectionString: `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/kassa` })
  await client.connect()
  try {
    const { rowCount } = await client.query("delete from kassa_start_stamp where step = 'bootstrap'")
    expect(rowCount).toBe(1)
  } finally {
    await client.end()
  }
}

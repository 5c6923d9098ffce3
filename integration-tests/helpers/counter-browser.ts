import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import path from "node:path"
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core"
import type { DemoProduct } from "../../src/scripts/demo/catalog"
import { TEST_PASSWORD } from "./admin"

/** Screenshots of browser tests (git-ignored). */
export const ARTIFACTS = path.join(__dirname, "..", "artifacts")

/** Debian's Chromium through playwright-core (no browser download); test.js sets CHROMIUM_PATH. */
export function launchChromium() {
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  })
}

export const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, name) })

export type Item = { barcode: string; title: string; price: number }

/** The first variant of each demo product, with ten units at the location, and its price. */
export async function stocked(container: MedusaContainer, products: DemoProduct[], locationId: string): Promise<Item[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const items: Item[] = []
  for (const product of products) {
    const { sku, barcode, price } = product.variants[0]
    const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { sku } })
    const inventoryItemId = (data[0] as { inventory_items: { inventory_item_id: string }[] }).inventory_items[0].inventory_item_id
    await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: 10 }])
    items.push({ barcode, title: product.title, price })
  }
  return items
}

/** What a keyboard-wedge scanner does: the code's keys, then Enter, into whatever has the focus. */
export async function scanInto(page: Page, code: string) {
  await page.keyboard.type(code, { delay: 5 })
  await page.keyboard.press("Enter")
}

/** The same with no field focused: the counter's scan line takes it. */
export async function wedgeScan(page: Page, code: string) {
  await page.evaluate("document.activeElement && document.activeElement.blur()")
  await scanInto(page, code)
}

/** How the page prints an amount: ₱1,299.50. */
export const peso = (n: number) => `₱${n.toLocaleString("en-PH", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/** How long a browser test waits for the page to show something. */
export const BROWSER_TIMEOUT = 20000

/** Waits until `read` gives `want`; the error says what it saw last. */
export async function until<T>(read: () => Promise<T>, want: T, ms = BROWSER_TIMEOUT) {
  const deadline = Date.now() + ms
  let last: T
  do {
    last = await read()
    if (last === want) return
    await new Promise((r) => setTimeout(r, 50))
  } while (Date.now() < deadline)
  throw new Error(`Waited ${ms} ms for ${JSON.stringify(want)}, last saw ${JSON.stringify(last)}`)
}

/**
 * A browser context for one test (1280 × 800) whose pages' uncaught errors are collected. `end`
 * screenshots its pages as `<name>-last-<test>-<i>.png` (where a failed test stood), closes it
 * and answers the errors, which a test expects to be none.
 */
export async function watchedContext(browser: Browser, name: string, options: BrowserContextOptions = {}) {
  const errors: string[] = []
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options })
  context.on("page", (page) => page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.stack ?? e.message}`)))
  const end = async () => {
    const test = (expect.getState().currentTestName ?? "test").replace(/\W+/g, "-").slice(0, 40)
    for (const [i, page] of context.pages().entries()) await shot(page, `${name}-last-${test}-${i}.png`).catch(() => undefined)
    await context.close()
    return errors.splice(0)
  }
  return { context, end }
}

/**
 * Signs in at the counter page as `email`, opens Counter 1's drawer with a ₱2,000 float and waits
 * for the empty sale. `screenshots`: names for the sign-in and drawer steps' screenshots.
 */
export async function openCounter(page: Page, base: string, email: string, screenshots?: { signIn: string; drawer: string }) {
  await page.goto(`${base}/pos`)
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Password").fill(TEST_PASSWORD)
  if (screenshots) await shot(page, screenshots.signIn)
  await page.getByRole("button", { name: "Sign in" }).click()
  await page.getByRole("button", { name: /Counter 1/ }).click({ timeout: BROWSER_TIMEOUT })
  await page.getByLabel("Opening float").fill("2000")
  if (screenshots) await shot(page, screenshots.drawer)
  await page.keyboard.press("Enter")
  await page.getByText("Scan an item to start the sale").waitFor({ timeout: BROWSER_TIMEOUT })
}

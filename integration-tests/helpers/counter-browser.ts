import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import fs from "node:fs"
import path from "node:path"
import { chromium, type Page } from "playwright-core"
import type { DemoProduct } from "../../src/scripts/demo/catalog"

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

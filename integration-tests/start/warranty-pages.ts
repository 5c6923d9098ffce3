/**
 * The warranty admin pages in a real browser: a phone is sold at the counter (through the API),
 * then a claim is filed from the order page's widget, moved on from the claim page, found in
 * the claims list, the product page shows its claim rate and sets its warranty policy, and the
 * defective stock page opens. Called by the start test with a page
 * already signed in as the owner, on a server with the demo data.
 */
import path from "node:path"
import type { Locator, Page } from "playwright-core"

const timeout = 30000

const shown = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout })

async function api<T>(page: Page, method: "get" | "post", url: string, data?: unknown, headers?: Record<string, string>): Promise<T> {
  const res = method === "get" ? await page.request.get(url) : await page.request.post(url, { data, headers })
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${url} answered ${res.status()}: ${await res.text()}`)
  return (await res.json()) as T
}

/** A counter sale at Manila of one iPhone in stock there, serial WB-<time>. */
async function sellPhone(page: Page, base: string) {
  const { branches } = await api<{ branches: { stock_location_id: string; details: { code: string } | null; registers: { id: string; code: string }[] }[] }>(
    page,
    "get",
    `${base}/admin/kassa/branches`
  )
  const mnl = branches.find((b) => b.details?.code === "MNL")!
  const register = mnl.registers.find((r) => r.code === "R2")!
  // The drawer may already be open from an earlier check; a sale needs one either way.
  await page.request.post(`${base}/admin/kassa/pos/drawer-sessions`, { data: { register_id: register.id, denominations: { "1000": 1 } } })
  const { variants } = await api<{ variants: { id: string; available: number | null; product: { id: string } }[] }>(page, "get", `${base}/admin/kassa/pos/scan?location_id=${mnl.stock_location_id}&q=iPhone`)
  const variant = variants.find((v) => (v.available ?? 0) > 0)
  if (!variant) throw new Error("No iPhone in stock at Manila")
  const { ticket } = await api<{ ticket: { id: string } }>(page, "post", `${base}/admin/kassa/pos/tickets`, { location_id: mnl.stock_location_id, register_id: register.id })
  const scanned = await api<{ ticket: { lines: { id: string }[] } }>(page, "post", `${base}/admin/kassa/pos/tickets/${ticket.id}/lines`, { variant_id: variant.id, quantity: 1 })
  const serial = `WB-${Date.now()}`
  await api(page, "post", `${base}/admin/kassa/pos/tickets/${ticket.id}/lines/${scanned.ticket.lines[0].id}`, { serial_numbers: [serial] })
  const { sale } = await api<{ sale: { order_id: string } }>(
    page,
    "post",
    `${base}/admin/kassa/pos/tickets/${ticket.id}/checkout`,
    { tenders: [{ method: "cash", tendered: 1_000_000 }] },
    { "idempotency-key": `warranty-pages-${serial}` }
  )
  return { orderId: sale.order_id, serial, productId: variant.product.id }
}

export async function checkWarrantyPages(page: Page, base: string, artifacts: string): Promise<void> {
  const { orderId, serial, productId } = await sellPhone(page, base)

  // (a) The order page's widget files a claim for the phone's line; the window shows as it is chosen.
  await page.goto(`${base}/app/orders/${orderId}`)
  await shown(page.getByRole("heading", { name: "Warranty claims" }))
  await page.getByRole("button", { name: "File a claim" }).click()
  await shown(page.getByText(/Day 0 of the 30-day repair window/))
  await page.getByLabel("Reported fault").fill("The screen stays black")
  await page.screenshot({ path: path.join(artifacts, "admin-warranty-file.png"), fullPage: true })
  await page.getByRole("button", { name: "File claim" }).click()

  // (b) The claim page: filed as Pending, moved to In progress, its history grows.
  await page.waitForURL(/\/app\/warranty\/wcl_/, { timeout })
  await shown(page.getByRole("heading", { name: `Repair claim · ${serial}` }))
  await shown(page.getByText("Pending", { exact: true }))
  await page.getByRole("button", { name: "In progress", exact: true }).click()
  await shown(page.getByText("Pending → In progress", { exact: false }))
  await page.getByLabel("Repair notes").fill("Reseated the display cable")
  await page.getByRole("button", { name: "Save repair details" }).click()
  await shown(page.getByText("Repair details saved"))
  await page.screenshot({ path: path.join(artifacts, "admin-warranty-claim.png"), fullPage: true })
  const claimId = page.url().split("/").pop()!
  const { claim } = await api<{ claim: { status: string; repair_notes: string } }>(page, "get", `${base}/admin/kassa/warranty/claims/${claimId}`)
  if (claim.status !== "in_progress" || claim.repair_notes !== "Reseated the display cable") {
    throw new Error(`The claim page's changes did not reach the server: ${JSON.stringify(claim)}`)
  }

  // (c) The claims list finds it by serial, with the figures above.
  await page.goto(`${base}/app/warranty?q=${serial}`)
  await shown(page.getByRole("heading", { name: "Warranty claims" }))
  await shown(page.getByRole("cell", { name: serial, exact: true }))
  await shown(page.getByText("Cost impact"))
  await page.screenshot({ path: path.join(artifacts, "admin-warranty-list.png"), fullPage: true })

  // (d) The product page: its claims, claim rate and policy; a policy of its own is saved.
  await page.goto(`${base}/app/products/${productId}`)
  await shown(page.getByText(/claims? on \d+ units? sold — claim rate/))
  await page.getByLabel("Repair window (days)").fill("45")
  // Saving asks why (kept in the product's history).
  await page.getByLabel("Why the warranty changes").fill("Longer repair window for the holidays")
  await page.getByRole("button", { name: "Save warranty" }).click()
  await shown(page.getByText("Its own policy."))
  const { policies } = await api<{ policies: { repair_days: number }[] }>(page, "get", `${base}/admin/kassa/warranty/policies?product_id=${productId}`)
  if (policies[0]?.repair_days !== 45) throw new Error(`The product's policy was not saved: ${JSON.stringify(policies)}`)
  await page.screenshot({ path: path.join(artifacts, "admin-warranty-product.png"), fullPage: true })

  // (e) The defective stock page of the owner's first branch.
  await page.goto(`${base}/app/warranty`)
  await page.getByRole("link", { name: "Defective stock" }).click()
  await shown(page.getByRole("heading", { name: "Defective stock" }))
  await shown(page.getByText(/No defective units at this branch|Received/))
}

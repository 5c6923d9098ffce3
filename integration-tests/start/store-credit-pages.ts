/**
 * The store credit admin in a real browser, signed in as Manila's manager: credit issued to a
 * customer (through the API) shows on the Store credit page and filters there, its CSV holds
 * the filtered list and the manager sets the reminder days; on the customer the manager issues
 * more with the form (the store's default expiry filled in) and reverses it; an order paid partly
 * with store credit shows what credit paid. Called by the start test on a server with the demo data.
 */
import path from "node:path"
import type { Browser, Locator, Page } from "playwright-core"

const timeout = 30000
const DEMO_PASSWORD = process.env.KASSA_DEMO_PASSWORD || "kassa-demo"

const shown = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout })

async function api<T>(page: Page, method: "get" | "post", url: string, data?: unknown, headers?: Record<string, string>): Promise<T> {
  const res = method === "get" ? await page.request.get(url) : await page.request.post(url, { data, headers })
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${url} answered ${res.status()}: ${await res.text()}`)
  return (await res.json()) as T
}

async function until(what: string, check: () => Promise<boolean>) {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

type Account = { balance: string; transactions: { id: string; type: string; amount: string }[] }

/** A new customer with ₱1,500 of credit issued at Manila, and a sale at Manila paid ₱500 in credit and the rest in cash. */
async function customerWithCredit(page: Page, base: string, lastName: string) {
  const { branches } = await api<{ branches: { stock_location_id: string; details: { code: string } | null; registers: { id: string; code: string }[] }[] }>(
    page,
    "get",
    `${base}/admin/kassa/branches`
  )
  const mnl = branches.find((b) => b.details?.code === "MNL")!
  const register = mnl.registers.find((r) => r.code === "R2")!
  const phone = `0918${String(Date.now()).slice(-7)}`
  const { customer } = await api<{ customer: { id: string } }>(page, "post", `${base}/admin/kassa/pos/customers`, {
    first_name: "Rosa",
    last_name: lastName,
    phone,
    email: `rosa.${lastName.toLowerCase()}@example.com`,
  })
  await api(page, "post", `${base}/admin/kassa/store-credit/customers/${customer.id}/credits`, { location_id: mnl.stock_location_id, amount: 1500, reason: "Goodwill: late delivery" })
  // The drawer may already be open from an earlier check; a sale needs one either way.
  await page.request.post(`${base}/admin/kassa/pos/drawer-sessions`, { data: { register_id: register.id, opening_float: 1000 } })
  const { variants } = await api<{ variants: { id: string; available: number | null }[] }>(page, "get", `${base}/admin/kassa/pos/scan?location_id=${mnl.stock_location_id}&q=AirPods`)
  const variant = variants.find((v) => (v.available ?? 0) > 0)
  if (!variant) throw new Error("No AirPods in stock at Manila")
  const { ticket } = await api<{ ticket: { id: string } }>(page, "post", `${base}/admin/kassa/pos/tickets`, { location_id: mnl.stock_location_id, register_id: register.id })
  await api(page, "post", `${base}/admin/kassa/pos/tickets/${ticket.id}/lines`, { variant_id: variant.id, quantity: 1 })
  const { ticket: priced } = await api<{ ticket: { totals: { total: string } } }>(page, "post", `${base}/admin/kassa/pos/tickets/${ticket.id}`, { customer_id: customer.id })
  const { sale } = await api<{ sale: { order_id: string } }>(
    page,
    "post",
    `${base}/admin/kassa/pos/tickets/${ticket.id}/checkout`,
    { tenders: [{ method: "store_credit", amount: 500 }, { method: "cash", tendered: Number(priced.totals.total) }] },
    { "idempotency-key": `store-credit-pages-${ticket.id}` }
  )
  return { customer_id: customer.id, order_id: sale.order_id }
}

export async function checkStoreCreditPages(browser: Browser, base: string, artifacts: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  try {
    await page.goto(`${base}/app/login`)
    await page.fill("input[name=email]", "manager.mnl@example.com")
    await page.fill("input[name=password]", DEMO_PASSWORD)
    await page.click("button[type=submit]")
    await page.waitForURL((url) => !url.pathname.includes("login"), { timeout })

    const lastName = `Credit${Date.now() % 100000}`
    const { customer_id, order_id } = await customerWithCredit(page, base, lastName)
    const accountOf = async () => (await api<{ accounts: Account[] }>(page, "get", `${base}/admin/kassa/store-credit/customers/${customer_id}`)).accounts[0]

    // The list: the customer with ₱1,000 left, found by a search; the settings below it.
    await page.goto(`${base}/app/store-credit`)
    await shown(page.getByRole("heading", { name: "Store credit" }))
    const search = page.getByLabel("Customer", { exact: true })
    await search.fill(lastName)
    await search.press("Enter")
    const row = page.getByRole("row", { name: new RegExp(`Rosa ${lastName}`) })
    await shown(row)
    await shown(row.getByText("₱1,000.00"))
    await until("the search", async () => (await page.locator("tbody tr").count()) === 1)
    await shown(page.getByLabel("Credit expires after (months)"))
    await page.screenshot({ path: path.join(artifacts, "admin-store-credit.png"), fullPage: true })
    // The CSV link carries the filters: this customer only.
    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href")
    const csv = await page.request.get(new URL(href!, base).toString())
    const lines = (await csv.text()).trim().split("\n")
    if (!csv.headers()["content-type"]?.startsWith("text/csv") || lines.length !== 2 || !lines[1].includes(`Rosa ${lastName}`)) {
      throw new Error(`The CSV export is not this customer's line: ${csv.headers()["content-type"]}\n${lines.join("\n")}`)
    }
    // A manager sets when customers are e-mailed.
    await page.getByLabel("E-mail customers (days before)").fill("10")
    await page.getByRole("button", { name: "Save settings" }).click()
    await until("the settings saved", async () => (await api<{ settings: { reminder_days: number } }>(page, "get", `${base}/admin/kassa/store-credit/settings`)).settings.reminder_days === 10)
    // Expiring within 7 days: not this customer (a year away).
    await page.getByLabel("Expiring within (days)").fill("7")
    await shown(page.getByText("No store credit accounts match."))

    // The customer: balance, history, and the issue form with the default expiry filled in.
    await page.goto(`${base}/app/customers/${customer_id}`)
    await shown(page.getByRole("heading", { name: "Store credit" }))
    await shown(page.getByText("Goodwill: late delivery"))
    // A year on (the store's default), as the date input holds it.
    const expiry = page.getByLabel("Expires on")
    await until("the default expiry", async () => /^\d{4}-\d{2}-\d{2}$/.test(await expiry.inputValue()))
    if (Number((await expiry.inputValue()).slice(0, 4)) !== new Date().getFullYear() + 1) throw new Error(`The expiry is not a year on: ${await expiry.inputValue()}`)
    await page.getByLabel("Amount", { exact: true }).fill("250")
    await page.getByLabel("Reason", { exact: true }).fill("Promotion: loyalty week")
    await page.getByRole("button", { name: "Issue credit" }).click()
    await until("the credit issued", async () => (await accountOf()).balance === "1250.00")
    await shown(page.getByText("Promotion: loyalty week"))

    // Reverse it with a reason: the balance goes back.
    await page.getByRole("row", { name: /Promotion: loyalty week/ }).getByRole("button", { name: "Reverse" }).click()
    await page.getByLabel("Reason for the reversal").fill("Issued to the wrong customer")
    await page.getByRole("button", { name: "Reverse entry" }).click()
    await until("the reversal", async () => (await accountOf()).balance === "1000.00")
    await shown(page.getByText("Issued to the wrong customer"))
    await page.getByRole("heading", { name: "Store credit" }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(artifacts, "admin-customer-store-credit.png"), fullPage: true })

    // The order: what store credit paid on it.
    await page.goto(`${base}/app/orders/${order_id}`)
    await shown(page.getByText("Used on this order ₱500.00"))
    await page.getByText("Used on this order").scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(artifacts, "admin-order-store-credit.png"), fullPage: true })
  } finally {
    await page.close()
  }
}

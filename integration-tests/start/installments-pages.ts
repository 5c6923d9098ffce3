/**
 * The installment admin pages in a real browser: a sale on installments is made at the counter
 * (through the API, credited to a sales agent), then the owner finds it on the Installments page,
 * approves it and records a payment on the plan page, sees the plan on the order page and prices
 * a sale with the calculator. Called by the start test with a page signed in as the owner, on a
 * server with the demo data.
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

type Plan = { id: string; status: string; payments: { receipt_number: string }[] }

/** An installment sale at Manila of a plain accessory in stock, credited to agent1.mnl; returns the order and plan ids. */
async function sellOnInstallments(page: Page, base: string, lastName: string) {
  const { branches } = await api<{ branches: { stock_location_id: string; details: { code: string } | null; registers: { id: string; code: string }[] }[] }>(
    page,
    "get",
    `${base}/admin/kassa/branches`
  )
  const mnl = branches.find((b) => b.details?.code === "MNL")!
  const register = mnl.registers.find((r) => r.code === "R1")!
  // The drawer may already be open from an earlier check; a sale needs one either way.
  await page.request.post(`${base}/admin/kassa/pos/drawer-sessions`, { data: { register_id: register.id, opening_float: 1000 } })
  const { variants } = await api<{ variants: { id: string; available: number | null }[] }>(page, "get", `${base}/admin/kassa/pos/scan?location_id=${mnl.stock_location_id}&q=AirPods`)
  const variant = variants.find((v) => (v.available ?? 0) > 0)
  if (!variant) throw new Error("No AirPods in stock at Manila")
  const { staff } = await api<{ staff: { id: string; user: { email: string } | null }[] }>(page, "get", `${base}/admin/kassa/staff`)
  const agent = staff.find((s) => s.user?.email === "agent1.mnl@example.com")!
  const phone = `0917${String(Date.now()).slice(-7)}`
  const { customer } = await api<{ customer: { id: string } }>(page, "post", `${base}/admin/kassa/pos/customers`, { first_name: "Lorna", last_name: lastName, phone })
  const { ticket } = await api<{ ticket: { id: string } }>(page, "post", `${base}/admin/kassa/pos/tickets`, { location_id: mnl.stock_location_id, register_id: register.id })
  await api(page, "post", `${base}/admin/kassa/pos/tickets/${ticket.id}/lines`, { variant_id: variant.id, quantity: 1 })
  const { ticket: priced } = await api<{ ticket: { totals: { total: string } } }>(page, "post", `${base}/admin/kassa/pos/tickets/${ticket.id}`, {
    customer_id: customer.id,
    sales_agent_id: agent.id,
  })
  const total = Math.round(Number(priced.totals.total) * 100)
  const financed = Math.round(total * 0.7)
  const credit = { id_type: "UMID", id_number: "0028-7654321-0", address_line: "5 Mabini Street", city: "Manila", phone }
  const { sale } = await api<{ sale: { order_id: string; receipt_number: string } }>(
    page,
    "post",
    `${base}/admin/kassa/pos/tickets/${ticket.id}/checkout`,
    { tenders: [{ method: "installment", amount: financed / 100, data: { term_months: 6, credit } }, { method: "cash", tendered: total / 100 }] },
    { "idempotency-key": `installments-pages-${ticket.id}` }
  )
  const { plans } = await api<{ plans: Plan[] }>(page, "get", `${base}/admin/kassa/installments/plans?order_id=${sale.order_id}`)
  return { order_id: sale.order_id, plan_id: plans[0].id, receipt_number: sale.receipt_number }
}

async function planOf(page: Page, base: string, id: string) {
  return (await api<{ plan: Plan }>(page, "get", `${base}/admin/kassa/installments/plans/${id}`)).plan
}

async function until(what: string, check: () => Promise<boolean>) {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

export async function checkInstallmentPages(page: Page, base: string, artifacts: string) {
  const lastName = `Browser${Date.now() % 100000}`
  const { order_id, plan_id, receipt_number } = await sellOnInstallments(page, base, lastName)

  // The list: the figures and the pending application, which opens the plan page.
  await page.goto(`${base}/app/installments?status=pending_approval`)
  await shown(page.getByText("Outstanding balance"))
  await shown(page.getByText(`Lorna ${lastName}`))
  await page.screenshot({ path: path.join(artifacts, "admin-installments.png") })
  await page.getByText(`Lorna ${lastName}`).first().click()

  // Approve with a note: the plan becomes active (the goods are handed over).
  await shown(page.getByRole("heading", { name: "Schedule" }))
  // Without a note the buttons say what is missing rather than sitting disabled.
  await page.getByRole("button", { name: "Approve" }).click()
  await shown(page.getByText("Write why you decide so"))
  await page.getByLabel("Decision note").fill("Income and references checked")
  await page.getByRole("button", { name: "Approve" }).click()
  await until("the approval", async () => (await planOf(page, base, plan_id)).status === "active")

  // Record a payment at Manila in cash: it gets Manila's first payment receipt number.
  await page.getByLabel("Amount (PHP)").fill("500")
  await page.getByRole("button", { name: "Record payment" }).click()
  await until("the payment", async () => (await planOf(page, base, plan_id)).payments.length === 1)
  const [payment] = (await planOf(page, base, plan_id)).payments
  await shown(page.getByText(payment.receipt_number))
  await page.screenshot({ path: path.join(artifacts, "admin-installment-plan.png"), fullPage: true })

  // The order page shows its plan.
  await page.goto(`${base}/app/orders/${order_id}`)
  await shown(page.getByRole("heading", { name: "Installment plan" }))
  // …and the counter sale: its receipt number, and each payment named by its tender.
  await shown(page.getByRole("heading", { name: "Counter sale" }))
  await shown(page.getByText(receipt_number))
  await shown(page.getByText("Installment", { exact: true }))
  await page.screenshot({ path: path.join(artifacts, "admin-order-counter-sale.png"), fullPage: true })
  // The admin's order search finds it by that number (and nothing by a number never issued).
  await page.goto(`${base}/app/orders?q=${receipt_number}`)
  // Medusa's own order table (the Counter sales card above it is a table too).
  const orderTable = page.locator("table", { has: page.getByRole("columnheader", { name: "Fulfillment" }) })
  await until("the search by receipt number", async () => (await orderTable.locator("tbody tr").count()) === 1)
  await page.goto(`${base}/app/orders?q=MNL-190001-999999`)
  await shown(page.getByText(/No results|No search results|No records/))

  // The calculator prices a sale on every term the branch offers.
  await page.goto(`${base}/app/installments/calculator`)
  await page.getByLabel("Price (PHP)").fill("12990")
  await shown(page.getByText("12 months"))
  await shown(page.getByRole("heading", { name: "Terms at this branch" }))
  await page.screenshot({ path: path.join(artifacts, "admin-installment-calculator.png"), fullPage: true })
}

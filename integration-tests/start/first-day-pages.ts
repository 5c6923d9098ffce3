/**
 * The admin as each demo role meets it on the first day (issue 32): a cashier lands on the page
 * that opens the counter, with no order-list error and no sections they cannot open, and a page
 * they cannot open says what is missing in words; a credit officer lands on the applications
 * waiting; a manager changes the counter settings on the Manila location page; the Drawers page
 * lists a closed session and shows its Z report. Called by the start test with the owner's page,
 * on a server with the demo data; each role signs in in a browser context of its own.
 */
import path from "node:path"
import type { Browser, BrowserContext, Locator, Page } from "playwright-core"

const timeout = 30000
const demoPassword = "kassa-demo"

const shown = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout })

async function api<T>(page: Page, method: "get" | "post", url: string, data?: unknown): Promise<T> {
  const res = method === "get" ? await page.request.get(url) : await page.request.post(url, { data })
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${url} answered ${res.status()}: ${await res.text()}`)
  return (await res.json()) as T
}

/** Signs in at the admin's login page, as a user would, and waits to leave it. */
async function signInAs(browser: Browser, base: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`${base}/app/login`)
  await page.fill("input[name=email]", email)
  await page.fill("input[name=password]", demoPassword)
  await page.click("button[type=submit]")
  await page.waitForURL((url) => !url.pathname.includes("login"), { timeout })
  return { context, page }
}

/** The sidebar links to these dashboard paths are not shown (once /admin/kassa/me has answered). */
async function expectNoSidebarLinks(page: Page, paths: string[]) {
  for (const p of paths) {
    await page
      .locator(`a[href="/app${p}"]`)
      .first()
      .waitFor({ state: "hidden", timeout: 5000 })
      .catch(() => {
        throw new Error(`The sidebar shows ${p}, which this user cannot open`)
      })
  }
}

const noErrorBoundary = async (page: Page) => {
  if (await page.getByText("An error occurred").first().isVisible()) throw new Error(`${page.url()} shows Medusa's error page`)
}

type Branch = { stock_location_id: string; name: string; details: { code: string } | null; registers: { id: string; code: string }[] }

export async function checkFirstDayPages(owner: Page, base: string, artifacts: string) {
  const browser = owner.context().browser()!

  // The cashier: the counter's page, no order list, no Audit log / Staff / Branches / Orders.
  const cashier = await signInAs(browser, base, "cashier.mnl@example.com")
  try {
    await cashier.page.waitForURL(`${base}/app/counter`, { timeout })
    await shown(cashier.page.getByRole("heading", { name: "Counter" }))
    const open = cashier.page.getByTestId("open-counter")
    await shown(open)
    if ((await open.getAttribute("href")) !== "/pos") throw new Error(`"Open the counter" links to ${await open.getAttribute("href")}`)
    await shown(cashier.page.locator('nav a[href="/app/counter"]'))
    await expectNoSidebarLinks(cashier.page, ["/orders", "/audit", "/staff", "/branches", "/installments"])
    await noErrorBoundary(cashier.page)
    await cashier.page.screenshot({ path: path.join(artifacts, "admin-cashier-home.png") })

    // A page they cannot open, typed in: the reason in words, not a stack trace.
    await cashier.page.goto(`${base}/app/orders`)
    await cashier.page.waitForURL(/\/app\/access\?page=%2Forders/, { timeout })
    await shown(cashier.page.getByTestId("access-refused").getByText(/You cannot open Orders: it needs the permission “See orders” \(order:read\)/))
    await noErrorBoundary(cashier.page)
    await cashier.page.screenshot({ path: path.join(artifacts, "admin-cashier-refused.png") })

    // The settings sidebar too: no Users, API keys or Workflows.
    await cashier.page.goto(`${base}/app/settings/store`)
    await shown(cashier.page.locator('a[href="/app/settings/regions"]'))
    await expectNoSidebarLinks(cashier.page, ["/settings/users", "/settings/publishable-api-keys", "/settings/secret-api-keys", "/settings/workflows"])
    await cashier.page.screenshot({ path: path.join(artifacts, "admin-cashier-settings.png") })
  } finally {
    await cashier.context.close()
  }

  // The credit officer: the applications waiting for a decision.
  const officer = await signInAs(browser, base, "credit@example.com")
  try {
    await officer.page.waitForURL(/\/app\/installments\?status=pending_approval$/, { timeout })
    await shown(officer.page.getByText("Outstanding balance"))
    await expectNoSidebarLinks(officer.page, ["/audit", "/staff", "/branches", "/counter"])
    await noErrorBoundary(officer.page)
    await officer.page.screenshot({ path: path.join(artifacts, "admin-credit-officer-home.png") })
  } finally {
    await officer.context.close()
  }

  // The Manila manager: the order list as before, and the counter settings on the location page.
  const manager = await signInAs(browser, base, "manager.mnl@example.com")
  try {
    await manager.page.waitForURL(`${base}/app/orders`, { timeout })
    const { branches } = await api<{ branches: Branch[] }>(manager.page, "get", `${base}/admin/kassa/branches`)
    const mnl = branches.find((b) => b.details?.code === "MNL")!
    const settingsUrl = `${base}/admin/kassa/pos/branches/${mnl.stock_location_id}/settings`
    type Settings = { return_approval_days: number; other_tenders: { id: string; label: string }[] }
    const before = (await api<{ settings: Settings }>(manager.page, "get", settingsUrl)).settings
    const days = before.return_approval_days === 21 ? 14 : 21

    await manager.page.goto(`${base}/app/settings/locations/${mnl.stock_location_id}`)
    const section = manager.page.getByTestId("pos-settings")
    await shown(section.getByText("Returns needing a manager"))
    await shown(section.getByText(/Above ₱[\d,]+\.\d\d/))
    await section.getByRole("button", { name: "Edit" }).click()
    const drawer = manager.page.getByRole("dialog")
    await drawer.getByLabel("or older than (days)").fill(String(days))
    await drawer.getByRole("button", { name: "Add tender" }).click()
    const tender = `Maya ${Date.now() % 100000}`
    await drawer.getByLabel(/^Tender \d+$/).last().fill(tender)
    await manager.page.screenshot({ path: path.join(artifacts, "admin-pos-settings-edit.png") })
    await drawer.getByRole("button", { name: "Save" }).click()
    await shown(section.getByText(`of sales older than ${days} days`))
    await shown(section.getByText(tender))
    const after = (await api<{ settings: Settings }>(manager.page, "get", settingsUrl)).settings
    if (after.return_approval_days !== days || !after.other_tenders.some((t) => t.id === tender.toLowerCase().replace(" ", "_") && t.label === tender)) {
      throw new Error(`The settings did not save: ${JSON.stringify(after)}`)
    }
    await section.scrollIntoViewIfNeeded()
    await manager.page.screenshot({ path: path.join(artifacts, "admin-pos-settings.png") })
    // As it was, for whatever runs on this server next.
    await api(manager.page, "post", settingsUrl, { return_approval_days: before.return_approval_days, other_tenders: before.other_tenders })

    // A drawer session at Counter 2, opened and closed, is listed with its Z report.
    const register = mnl.registers.find((r) => r.code === "R2")!
    const { staff: me } = await api<{ staff: { user: { first_name: string; last_name: string } } }>(manager.page, "get", `${base}/admin/kassa/me`)
    const closerName = `${me.user.first_name} ${me.user.last_name}`
    const sessions = `${base}/admin/kassa/pos/drawer-sessions`
    const { drawer_sessions: open } = await api<{ drawer_sessions: { id: string }[] }>(
      manager.page,
      "get",
      `${sessions}?location_id=${mnl.stock_location_id}&register_id=${register.id}&status=open`
    )
    const session = open[0] ?? (await api<{ drawer_session: { id: string } }>(manager.page, "post", sessions, { register_id: register.id, opening_float: 2000 })).drawer_session
    await api(manager.page, "post", `${sessions}/${session.id}/close`, { counted_cash: 1995.5, note: "first-day check" })

    await manager.page.goto(`${base}/app/counter/drawers?branch=${mnl.stock_location_id}&register=${register.id}&status=closed`)
    const row = manager.page.getByTestId("drawer-session-row").first()
    await shown(row.getByText("Counter 2 (R2)"))
    // Who closed it by name (the manager), and over/short with the currency.
    await shown(row.getByText(closerName))
    await shown(row.getByText(/^(Short|Over) ₱[\d,]+\.\d\d$|^Balanced$/))
    await manager.page.screenshot({ path: path.join(artifacts, "admin-drawers.png") })
    await row.click()
    const report = manager.page.frameLocator("[data-testid=drawer-report]")
    await shown(report.getByText(/Z REPORT #\d+/))
    await shown(report.getByText("Counted"))
    await manager.page.screenshot({ path: path.join(artifacts, "admin-drawer-z-report.png") })
  } finally {
    await manager.context.close()
  }
}

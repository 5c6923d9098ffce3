/**
 * Kassa's own admin pages in a real browser: the branch widget on a stock location (its plugin
 * switch checked against the API), the Staff page, the Branches page and the Audit log (which
 * must hold the switch changes). Called by the start test with a page already signed in as the
 * owner, on a server with the demo data.
 */
import path from "node:path"
import type { Locator, Page } from "playwright-core"

const timeout = 30000

const shown = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout })

async function getJson<T>(page: Page, url: string): Promise<T> {
  const res = await page.request.get(url)
  if (!res.ok()) throw new Error(`GET ${url} answered ${res.status()}: ${await res.text()}`)
  return (await res.json()) as T
}

/** Waits until the branch's switch row for `plugin` says `enabled` (the UI saves, then refetches). */
async function expectSwitch(page: Page, url: string, plugin: string, enabled: boolean) {
  const deadline = Date.now() + timeout
  let switches: { plugin: string; enabled: boolean }[] = []
  while (Date.now() < deadline) {
    ;({ branch: { plugin_switches: switches } } = await getJson<{ branch: { plugin_switches: typeof switches } }>(page, url))
    if (switches.some((s) => s.plugin === plugin && s.enabled === enabled)) return
    await page.waitForTimeout(250)
  }
  throw new Error(`Expected ${JSON.stringify({ plugin, enabled })} in plugin_switches, got ${JSON.stringify(switches)}`)
}

export async function checkBranchAndStaffPages(page: Page, base: string, artifacts: string): Promise<void> {
  // (a) The branch widget on the Manila Branch stock location.
  const { stock_locations } = await getJson<{ stock_locations: { id: string; name: string }[] }>(
    page,
    `${base}/admin/stock-locations?fields=id,name`
  )
  const manila = stock_locations.find((l) => l.name === "Manila Branch")
  if (!manila) throw new Error(`No "Manila Branch" among ${stock_locations.map((l) => l.name).join(", ")}`)
  const branchUrl = `${base}/admin/kassa/branches/${manila.id}`

  await page.goto(`${base}/app/settings/locations/${manila.id}`)
  await shown(page.getByRole("heading", { name: "Kassa branch" }))
  await shown(page.getByText("MNL", { exact: true }))
  await shown(page.getByRole("cell", { name: "Counter 1", exact: true }))
  await shown(page.getByRole("cell", { name: "Counter 2", exact: true }))

  const pos = page.getByRole("switch", { name: "Point of sale", exact: true })
  await shown(pos)
  if ((await pos.getAttribute("aria-checked")) !== "true") {
    throw new Error("The Point of sale plugin should be on at Manila before the test switches it")
  }
  await pos.click()
  await shown(page.getByRole("switch", { name: "Point of sale", exact: true, checked: false }))
  await expectSwitch(page, branchUrl, "pos", false)
  await pos.click()
  await shown(page.getByRole("switch", { name: "Point of sale", exact: true, checked: true }))
  await expectSwitch(page, branchUrl, "pos", true)
  await page.screenshot({ path: path.join(artifacts, "admin-branch.png"), fullPage: true })

  // (b) The Staff page lists the demo staff with their roles.
  await page.goto(`${base}/app/staff`)
  const ramon = page.getByRole("row").filter({ hasText: "manager.mnl@example.com" })
  await shown(ramon)
  await shown(ramon.getByText("Ramon"))
  await shown(ramon.getByText("Manager", { exact: true }))
  await shown(page.getByText(/signed in and seen in the last/))
  await page.screenshot({ path: path.join(artifacts, "admin-staff.png"), fullPage: true })

  // (c) The Branches page lists the three demo branches by code.
  await page.goto(`${base}/app/branches`)
  for (const code of ["MNL", "CEB", "DAV"]) await shown(page.getByRole("cell", { name: code, exact: true }))
  await page.screenshot({ path: path.join(artifacts, "admin-branches.png"), fullPage: true })

  // (d) The Audit log shows the two switch changes of (a) with their diff, and the chain holds.
  await page.goto(`${base}/app/audit?entity_type=plugin_switch`)
  const switched = page.getByRole("row").filter({ hasText: "Plugin switch" })
  await shown(switched)
  if ((await switched.count()) < 2) throw new Error(`Expected two plugin_switch entries, saw ${await switched.count()}`)
  await switched.first().click()
  await shown(page.getByRole("cell", { name: "enabled", exact: true }))
  await page.screenshot({ path: path.join(artifacts, "admin-audit-entry.png"), fullPage: true })
  await page.keyboard.press("Escape")
  await page.getByRole("button", { name: "Verify chain" }).click()
  await shown(page.getByText(/Chain intact: [\d,]+ entries checked/))
  await page.screenshot({ path: path.join(artifacts, "admin-audit.png"), fullPage: true })
}

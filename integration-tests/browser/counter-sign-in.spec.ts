/**
 * The counter's own sign-in (issue 32, item 18), its clocks (12, 13) and its receipt (10) in
 * Debian's Chromium: an admin session (Medusa's cookie) and the counter's sign-in in one browser
 * stay two people; the pickers say who and where; times show in the branch's zone (Manila) in a
 * browser set far from it; the X report preview says "As of", not "Printed"; the receipt prints
 * each fact once and the lines in scan order. Screenshots go to artifacts/.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, TEST_PASSWORD } from "../helpers/admin"
import { BROWSER_TIMEOUT as timeout, launchChromium, peso, shot, stocked, watchedContext, wedgeScan, type Item } from "../helpers/counter-browser"
import { totpCode } from "../helpers/totp"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(600000)

// Medusa's auth module encrypts second factors' secrets with this key (npm start generates one).
process.env.AUTH_MFA_ENCRYPTION_KEY = "counter-sign-in-spec-key"

const OWNER = "owner@example.com"
const CASHIER = "cashier.mnl@example.com"
const MANAGER = "manager.mnl@example.com"
// 16 hours behind Manila: a time shown in the browser's zone could not pass for Manila's.
const BROWSER_ZONE = "America/Los_Angeles"

/** How the counter writes `at` and the minute either side (the page and the test read the clock apart). */
const around = (at: Date, timeZone: string) =>
  [-60000, 0, 60000].map((shift) =>
    new Intl.DateTimeFormat("en-PH", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(new Date(at.getTime() + shift)).replace(/[\u00a0\u202f]/g, " ")
  )

const showsOneOf = (text: string, times: string[]) => times.some((time) => text.includes(time))

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let browser: Browser
    let context: BrowserContext
    let base: string
    let items: Item[]
    let end: () => Promise<string[]>

    beforeAll(async () => {
      browser = await launchChromium()
    })
    afterAll(async () => browser?.close())

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      base = api.defaults.baseURL as string
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "MNL" } })
      const mnl = (data[0] as { stock_location_id: string }).stock_location_id
      items = await stocked(container, buildCatalog().filter((p) => p.category === "Accessories").slice(0, 3), mnl)
      const watched = await watchedContext(browser, "counter-sign-in", { timezoneId: BROWSER_ZONE })
      context = watched.context
      end = watched.end
    })
    afterEach(async () => expect(await end()).toEqual([]))

    /** The admin's way in: e-mail and password, then Medusa's session cookie, in the browser's cookie jar. */
    async function adminSignIn(email: string) {
      const auth = await context.request.post(`${base}/auth/user/emailpass`, { data: { email, password: TEST_PASSWORD } })
      const { token } = (await auth.json()) as { token: string }
      const session = await context.request.post(`${base}/auth/session`, { headers: { authorization: `Bearer ${token}` } })
      expect(session.status()).toBe(200)
    }

    /** Who the admin's cookie session is. */
    const adminUser = async () => {
      const res = await context.request.get(`${base}/admin/users/me`)
      expect(res.status()).toBe(200)
      return ((await res.json()) as { user: { email: string } }).user.email
    }

    const counterSignIn = async (page: Page, email: string) => {
      await page.goto(`${base}/pos`)
      await page.getByLabel("E-mail").fill(email)
      await page.getByLabel("Password").fill(TEST_PASSWORD)
      await page.getByRole("button", { name: "Sign in" }).click()
    }

    it("keeps the admin's session and the counter's sign-in apart; the pickers say who and where", async () => {
      await adminSignIn(CASHIER)
      expect(await adminUser()).toBe(CASHIER)

      // The owner signs in at the counter in the same browser: the branch picker names them.
      const page = await context.newPage()
      await counterSignIn(page, OWNER)
      await page.getByText("Which branch?").waitFor({ timeout })
      expect(await page.getByTestId("signed-in-as").innerText()).toBe(`Signed in as Gloria Galos (${OWNER})`)
      await shot(page, "counter-sign-in-branch-1280.png")
      expect(await adminUser()).toBe(CASHIER)

      await page.getByRole("button", { name: /Manila Branch/ }).click()
      await page.getByRole("heading", { name: "Which register is this at Manila Branch?" }).waitFor({ timeout })
      await shot(page, "counter-sign-in-register-1280.png")
      await page.getByRole("button", { name: /Counter 1/ }).click({ timeout })
      await page.getByLabel("Opening float").fill("2000")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })

      // The counter works as the owner while the cookie is the cashier's: a sale.
      await wedgeScan(page, items[0].barcode)
      await page.getByTestId("total").getByText(peso(items[0].price)).waitFor({ timeout })
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").waitFor({ timeout })
      await page.keyboard.press("Enter")
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      await page.frameLocator("iframe[title=Receipt]").getByText("Gloria Galos").waitFor({ timeout })
      await page.keyboard.press("Enter")
      expect(await adminUser()).toBe(CASHIER)

      // The reverse: another admin sign-in leaves the counter's alone.
      await adminSignIn(MANAGER)
      await page.reload()
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      expect(await page.locator(".who").innerText()).toBe("Gloria Galos")
      expect(await adminUser()).toBe(MANAGER)

      // The counter keeps its sign-in as a token of its own; the only cookie session is the admin's.
      expect(await page.evaluate(`localStorage.getItem("kassa.pos.token")`)).toBeTruthy()
      expect((await context.cookies()).filter((c) => c.name === "connect.sid")).toHaveLength(1)
    })

    it("shows times in the branch's zone, an X report 'as of' and not printed, a receipt with each fact once and lines in scan order", async () => {
      const page = await context.newPage()
      await counterSignIn(page, CASHIER)
      await page.getByRole("heading", { name: "Which register is this at Manila Branch?" }).waitFor({ timeout })
      await page.getByRole("button", { name: /Counter 1/ }).click({ timeout })
      await page.getByLabel("Opening float").fill("2000")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })
      const opened = new Date()

      // Scanned in an order of their own: the receipt keeps it.
      const scanned = [items[2], items[0], items[1]]
      for (const item of scanned) await wedgeScan(page, item.barcode)
      const total = scanned.reduce((n, i) => n + i.price, 0)
      await page.getByTestId("total").getByText(peso(total)).waitFor({ timeout })
      await page.keyboard.press("F9")
      await page.getByLabel("Cash handed over").fill(String(Math.ceil(total / 1000) * 1000 + 500))
      await page.keyboard.press("Enter")
      await page.getByTestId("receipt-dialog").waitFor({ timeout })
      const receipt = page.frameLocator("iframe[title=Receipt]")
      await receipt.getByText(await page.getByTestId("receipt-number").innerText()).first().waitFor({ timeout })
      const text = await receipt.locator("body").innerText()
      const count = (what: string | RegExp) => text.split(what).length - 1
      expect(count("Manila Branch")).toBe(1)
      expect(count("009-214-556-000")).toBe(1)
      expect(count(/change/i)).toBe(1)
      const positions = scanned.map((item) => text.indexOf(item.title))
      expect(positions.every((p) => p >= 0)).toBe(true)
      expect([...positions].sort((a, b) => a - b)).toEqual(positions)
      await shot(page, "counter-sign-in-receipt-1280.png")
      await page.keyboard.press("Enter")
      await page.getByText("Scan an item to start the sale").waitFor({ timeout })

      // The drawer: opened at Manila's time, not the browser's.
      await page.keyboard.press("Alt+C")
      const drawer = page.getByTestId("drawer-dialog")
      await drawer.getByText("Close drawer").waitFor({ timeout })
      const drawerText = await drawer.innerText()
      expect(showsOneOf(drawerText, around(opened, "Asia/Manila"))).toBe(true)
      expect(showsOneOf(drawerText, around(opened, BROWSER_ZONE))).toBe(false)

      // The X report: "As of" now in Manila on screen and on the slip; "Printed" on paper alone.
      await page.keyboard.press("x")
      const slip = page.frameLocator("iframe[title='X report']")
      await slip.getByText("X REPORT").waitFor({ timeout })
      const now = new Date()
      const asOf = await page.getByTestId("x-report-as-of").innerText()
      expect(showsOneOf(asOf, around(now, "Asia/Manila").map((t) => `As of ${t}`))).toBe(true)
      expect(showsOneOf(asOf, around(now, BROWSER_ZONE))).toBe(false)
      const slipText = await slip.locator("pre").first().innerText()
      expect(slipText).toMatch(/As of/)
      expect(showsOneOf(slipText.replace(/ {2,}/g, " "), around(now, "Asia/Manila"))).toBe(true)
      expect(slipText).not.toMatch(/Printed/)
      expect(await slip.locator("pre.printed").isVisible()).toBe(false)
      await shot(page, "counter-sign-in-x-report-1280.png")
    })

    it("tells a manager whose role requires a second factor to set one up; once set up, asks for its code by keyboard and refuses a wrong one", async () => {
      const owner = await adminHeaders(api, getContainer(), OWNER)
      const { data } = await api.get("/admin/kassa/roles", owner)
      const managerRole = (data.roles as { id: string; name: string }[]).find((r) => r.name === "Manager")!.id
      await api.post(`/admin/kassa/roles/${managerRole}`, { requires_second_factor: true }, owner)
      const unenrolled = await context.newPage()
      await counterSignIn(unenrolled, MANAGER)
      const notice = unenrolled.getByTestId("enrolment-needed")
      await notice.waitFor({ timeout })
      expect(await notice.innerText()).toContain("Your role Manager requires two-factor sign-in")
      await shot(unenrolled, "counter-sign-in-enrol-first-1280.png")
      await unenrolled.getByRole("button", { name: "Sign out" }).click()
      await unenrolled.getByLabel("E-mail").waitFor({ timeout })
      await unenrolled.close()

      // The manager enrols through Medusa's own routes (as the admin's profile page does).
      const signedIn = await api.post("/auth/user/emailpass", { email: MANAGER, password: TEST_PASSWORD })
      const who = { headers: { authorization: `Bearer ${signedIn.data.token}` } }
      const started = await api.post("/auth/mfa/factors", { provider: "totp" }, who)
      const secret = started.data.secret as string
      await api.post(`/auth/mfa/factors/${started.data.mfa_factor.id}/verify`, { code: totpCode(secret) }, who)

      const page = await context.newPage()
      await counterSignIn(page, MANAGER)
      const code = page.getByLabel("Authentication code")
      await code.waitFor({ timeout })
      await shot(page, "counter-sign-in-second-factor-1280.png")
      await page.keyboard.type("000000")
      await page.keyboard.press("Enter")
      await page.getByRole("alert").waitFor({ timeout })
      expect(await page.getByRole("alert").innerText()).not.toEqual("")
      await code.fill("")
      await code.focus()
      await page.keyboard.type(totpCode(secret))
      await page.keyboard.press("Enter")
      await page.getByRole("button", { name: /Counter 1/ }).waitFor({ timeout })
    })
  },
})

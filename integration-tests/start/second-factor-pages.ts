/**
 * Two-factor sign-in in the admin, as staff of a role that requires it meet it: an owner makes a
 * role that requires it; its new staff member, signed in by password, is kept on their profile and
 * told why; they enrol in Medusa's own MFA section, are signed out by Kassa (the sign-in predates
 * the factor), and sign in again through Medusa's challenge screen to their start page. Called by
 * the start test with the owner's page; it runs last, in a browser context of its own.
 */
import path from "node:path"
import type { Browser, Locator, Page } from "playwright-core"
import { totpCode } from "../helpers/totp"

const timeout = 30000
const AUDITOR = { email: "auditor.2fa@example.com", password: "auditor-2fa-pass" }

const shown = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout })

async function post(page: Page, url: string, data: unknown) {
  const res = await page.request.post(url, { data })
  if (!res.ok()) throw new Error(`POST ${url} answered ${res.status()}: ${await res.text()}`)
  return res.json()
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/app/login`)
  await page.fill("input[name=email]", AUDITOR.email)
  await page.fill("input[name=password]", AUDITOR.password)
  await page.click("button[type=submit]")
}

export async function checkSecondFactorPages(owner: Page, browser: Browser, base: string, artifacts: string): Promise<void> {
  await post(owner, `${base}/admin/kassa/roles`, { name: "Auditor", description: "Reads orders", policies: ["order:read"], requires_second_factor: true })
  await post(owner, `${base}/admin/kassa/staff`, { login: { ...AUDITOR, first_name: "Aida", last_name: "Auditor" }, roles: ["Auditor"], all_branches: true })

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    // Password only: the profile, and the reason in words; any other page leads back to it.
    await signIn(page, base)
    await page.waitForURL(/\/app\/settings\/profile/, { timeout })
    const notice = page.getByTestId("enrolment-needed")
    await shown(notice)
    const text = await notice.innerText()
    if (!text.includes("Your role Auditor requires two-factor sign-in")) throw new Error(`Unexpected notice: ${text}`)
    await page.goto(`${base}/app/orders`)
    await page.waitForURL(/\/app\/settings\/profile/, { timeout })
    await shown(page.getByText("Two-factor authentication"))
    await page.screenshot({ path: path.join(artifacts, "admin-enrol-first.png") })

    // Medusa's enrolment: the secret it shows, the first code, the recovery codes.
    await page.getByRole("button", { name: "Enable" }).click()
    const secret = (await page.locator("span.truncate").filter({ hasText: /^[A-Z2-7]{16,}$/ }).first().innerText({ timeout })).trim()
    // The digits' boxes open once the factor is generated; the sixth digit sends the code.
    const firstDigit = page.getByRole("dialog").locator("input:not([disabled])").first()
    await firstDigit.click({ timeout })
    const enrolCode = totpCode(secret)
    // Key by key: the boxes move the focus on each digit, and a fast burst lost one on a busy machine.
    await page.keyboard.type(enrolCode, { delay: 40 })
    await shown(page.getByText("Copy and store these recovery codes"))
    await page.screenshot({ path: path.join(artifacts, "admin-enrol-recovery-codes.png") })
    await page.getByRole("button", { name: "Complete" }).click()

    // That sign-in came before the factor: Kassa ends it; Medusa's challenge screen takes the code.
    await page.goto(`${base}/app/orders`)
    await page.waitForURL(/\/app\/login/, { timeout })
    await signIn(page, base)
    await shown(page.getByText("Enter the 6-digit code from your authenticator app."))
    await page.screenshot({ path: path.join(artifacts, "admin-second-factor-challenge.png") })
    // A code is taken once (Kassa refuses a replay): the authenticator's next one, as a person would type.
    while (totpCode(secret) === enrolCode) await page.waitForTimeout(1000)
    // Into the first box, key by key: on a busy machine a digit typed before the boxes took focus was lost.
    await page.locator("input:not([disabled])").first().click({ timeout })
    await page.keyboard.type(totpCode(secret), { delay: 40 })
    await page.waitForURL(/\/app\/orders/, { timeout }).catch(async (e) => {
      await page.screenshot({ path: path.join(artifacts, "admin-second-factor-failed.png") })
      throw e
    })
    await shown(page.getByRole("heading", { name: "Orders" }))
    if (await page.getByTestId("enrolment-needed").count()) throw new Error("The enrolment notice stayed after signing in with a second factor")
    await page.screenshot({ path: path.join(artifacts, "admin-second-factor-signed-in.png") })
  } finally {
    await context.close()
  }
}

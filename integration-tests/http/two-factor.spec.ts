import { BRANCH_MODULE, type BranchModuleService, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, type Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { totpCode } from "../helpers/totp"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

// Medusa's auth module encrypts second factors' secrets with this key (npm start generates one).
process.env.AUTH_MFA_ENCRYPTION_KEY = "two-factor-spec-key"

type Res = { status: number; data: Record<string, unknown> & { message?: string } }

const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown): Promise<Res> =>
      (method === "post" ? api.post(url, body ?? {}, who) : api.get(url, who)).catch((e: { response: Res }) => e.response)
    const signIn = (email: string, password = TEST_PASSWORD): Promise<Res> => api.post("/auth/user/emailpass", { email, password }).catch((e: { response: Res }) => e.response)

    let mnl: string
    let register: string
    let cashier: Headers
    let managerId: string

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const [branch] = await container.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ code: "MNL" }, { relations: ["registers"] })
      mnl = branch.stock_location_id
      register = branch.registers.find((r) => r.code === "R1")!.id
      const owner = await adminHeaders(api, container, "owner@example.com")
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      const [user] = await container.resolve(Modules.USER).listUsers({ email: "manager.mnl@example.com" })
      ;[{ id: managerId }] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: user.id })
      expect((await call("post", `/admin/kassa/staff/${managerId}/pin`, owner, { pin: "2580" })).status).toBe(200)
    })

    /** The manager enrols an authenticator through Medusa's own routes: its secret, once the first code confirms it. */
    const enrolManager = async () => {
      const signedIn = await signIn("manager.mnl@example.com")
      const started = await call("post", "/auth/mfa/factors", bearer(signedIn.data.token as string), { provider: "totp" })
      expect(started.status).toBe(200)
      const factor = started.data.mfa_factor as { id: string }
      const secret = started.data.secret as string
      expect((await call("post", `/auth/mfa/factors/${factor.id}/verify`, bearer(signedIn.data.token as string), { code: totpCode(secret) })).status).toBe(200)
      return { secret, fullToken: signedIn.data.token as string }
    }

    it("after the password, opens nothing until the authenticator's code; a wrong code counts toward the sign-in lockout", async () => {
      const { secret } = await enrolManager()
      const first = await signIn("manager.mnl@example.com")
      expect(first.status).toBe(200)
      expect(first.data).toEqual(expect.objectContaining({ mfa_required: true, mfa_challenge: expect.objectContaining({ id: expect.any(String), methods: expect.arrayContaining(["totp"]) }) }))
      const half = bearer(first.data.token as string)

      // The half-signed-in token: refused by every route family, Kassa's and Medusa's alike.
      for (const url of [
        "/admin/kassa/me",
        `/admin/kassa/pos/drawer-sessions?location_id=${mnl}`,
        "/admin/kassa/audit/entries",
        "/admin/kassa/installments/plans",
        "/admin/kassa/warranty/claims",
        `/admin/kassa/printing/jobs?location_id=${mnl}`,
        "/admin/kassa/store-credit/accounts",
        "/admin/orders",
        "/admin/users/me",
      ]) {
        expect([url, (await call("get", url, half)).status]).toEqual([url, 401])
      }
      expect((await call("post", "/admin/kassa/pos/tickets", half, { location_id: mnl, register_id: register })).status).toBe(401)

      // Someone else's challenge is not this token's to answer.
      const cashierChallenge = (first.data.mfa_challenge as { id: string }).id
      const stranger = await call("post", `/auth/mfa/challenges/${cashierChallenge}/verify`, cashier, { method: "totp", code: totpCode(secret) })
      expect(stranger.status).toBeGreaterThanOrEqual(400)

      const verify = (code: string) => call("post", `/auth/mfa/challenges/${(first.data.mfa_challenge as { id: string }).id}/verify`, half, { method: "totp", code })
      const wrong = await verify("000000")
      expect([400, 401]).toContain(wrong.status)
      // Malformed codes are refused the same way, never a 5xx.
      for (const malformed of ["12ab56", "1234567", ""]) expect([400, 401]).toContain((await verify(malformed)).status)
      const right = await verify(totpCode(secret))
      expect(right.status).toBe(200)
      const me = await call("get", "/admin/kassa/me", bearer(right.data.token as string))
      expect(me.status).toBe(200)
      expect(me.data.staff).toEqual(expect.objectContaining({ id: managerId }))

      // The password step and wrong codes take attempts from the same counter as wrong passwords:
      // five in a row lock the account from this address, the right code included.
      const again = await signIn("manager.mnl@example.com")
      const againHalf = bearer(again.data.token as string)
      const againVerify = (code: string) => call("post", `/auth/mfa/challenges/${(again.data.mfa_challenge as { id: string }).id}/verify`, againHalf, { method: "totp", code })
      for (let i = 0; i < 4; i++) expect([400, 401]).toContain((await againVerify("000000")).status)
      const locked = await againVerify(totpCode(secret))
      expect([locked.status, locked.data.message]).toEqual([429, expect.stringContaining("this account is locked until")])
      expect((await signIn("manager.mnl@example.com")).status).toBe(429)
    })

    it("ends sign-ins from before the factor, takes a code and a recovery code once; a PIN cannot switch the counter to someone with a second factor", async () => {
      const { secret, fullToken } = await enrolManager()
      // Medusa keeps honouring the token signed in before the factor; Kassa refuses it once the
      // factor is enabled (a subscriber notes it on the staff record, hence the wait).
      const deadline = Date.now() + 10_000
      let stale = await call("get", "/admin/kassa/me", bearer(fullToken))
      while (stale.status === 200 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200))
        stale = await call("get", "/admin/kassa/me", bearer(fullToken))
      }
      expect([stale.status, stale.data.message]).toEqual([401, expect.stringContaining("from before your two-factor sign-in")])
      expect((await call("get", "/admin/orders", bearer(fullToken))).status).toBe(401)
      const answer = async (method: "totp" | "recovery_code", code: string) => {
        const first = await signIn("manager.mnl@example.com")
        const challenge = first.data.mfa_challenge as { id: string; methods: string[] }
        return call("post", `/auth/mfa/challenges/${challenge.id}/verify`, bearer(first.data.token as string), { method, code })
      }
      const code = totpCode(secret)
      const signedIn = await answer("totp", code)
      expect(signedIn.status).toBe(200)
      // The same code again within its window: Medusa would take it, Kassa does not.
      const replayed = await answer("totp", code)
      expect([replayed.status, replayed.data.message]).toEqual([401, expect.stringContaining("already used")])
      const codes = await call("post", "/auth/mfa/recovery-codes", bearer(signedIn.data.token as string), {})
      expect(codes.status).toBe(200)
      const [recovery] = codes.data.recovery_codes as string[]
      expect((await answer("recovery_code", recovery)).status).toBe(200)
      expect([400, 401]).toContain((await answer("recovery_code", recovery)).status)

      const switched = await call("post", "/admin/kassa/pos/cashier-switch", cashier, { location_id: mnl, staff_id: managerId, pin: "2580" })
      expect([switched.status, switched.data.message]).toEqual([400, expect.stringContaining("signs in with a second factor")])
    })

    it("keeps staff of a role that requires two-factor to their enrolment until they have one, and logs each step", async () => {
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const roles = (await call("get", "/admin/kassa/roles", owner)).data.roles as { id: string; name: string }[]
      const managerRole = roles.find((r) => r.name === "Manager")!.id
      const require = (value: unknown) => call("post", `/admin/kassa/roles/${managerRole}`, owner, { requires_second_factor: value })
      expect((await require("yes")).status).toBe(400)
      expect((await call("post", `/admin/kassa/roles/${managerRole}`, cashier, { requires_second_factor: true })).status).toBe(403)
      expect((await require(true)).data.role).toEqual(expect.objectContaining({ requires_second_factor: true }))

      // Password only, no factor yet: the profile and who-am-I answer, nothing else does, in words.
      const password = await signIn("manager.mnl@example.com")
      expect(password.data.mfa_required).toBeUndefined()
      const unenrolled = bearer(password.data.token as string)
      for (const [method, url] of [["get", "/admin/orders"], ["get", "/admin/kassa/branches"], ["post", "/admin/kassa/pos/tickets"], ["get", "/admin/products"]] as const) {
        const refused = await call(method, url, unenrolled, { location_id: mnl, register_id: register })
        expect({ url, status: refused.status, message: refused.data.message }).toEqual({ url, status: 403, message: expect.stringContaining("Your role Manager requires two-factor sign-in") })
      }
      expect((await call("get", "/admin/users/me", unenrolled)).status).toBe(200)
      const me = await call("get", "/admin/kassa/me", unenrolled)
      expect(me.data).toEqual(expect.objectContaining({ policies: [], branches: [], enrolment_needed: expect.stringContaining("Settings → Profile"), second_factor: { required_by: ["Manager"], enrolled: false } }))
      expect((me.data.admin as { home: string }).home).toBe("/settings/profile")
      // Other roles are not touched.
      expect((await call("get", "/admin/kassa/me", cashier)).data.enrolment_needed).toBeNull()

      // Enrolment goes through Medusa's routes with that same sign-in; then only a code opens the admin.
      const started = await call("post", "/auth/mfa/factors", unenrolled, { provider: "totp" })
      const secret = started.data.secret as string
      expect((await call("post", `/auth/mfa/factors/${(started.data.mfa_factor as { id: string }).id}/verify`, unenrolled, { code: totpCode(secret) })).status).toBe(200)
      const challenged = await signIn("manager.mnl@example.com")
      const verify = (code: string) =>
        call("post", `/auth/mfa/challenges/${(challenged.data.mfa_challenge as { id: string }).id}/verify`, bearer(challenged.data.token as string), { method: "totp", code })
      expect([400, 401]).toContain((await verify("000000")).status)
      const full = await verify(totpCode(secret))
      expect(full.status).toBe(200)
      const orders = await call("get", "/admin/orders?fields=id", bearer(full.data.token as string))
      expect(orders.status).toBe(200)
      expect((await call("get", "/admin/kassa/me", bearer(full.data.token as string))).data.enrolment_needed).toBeNull()

      const audit = await call("get", "/admin/kassa/audit/entries?entity_type=auth&limit=100", owner)
      const actions = (audit.data.entries as { action: string }[]).map((e) => e.action)
      expect(actions).toEqual(expect.arrayContaining(["auth.second_factor_enabled", "auth.second_factor_failed", "auth.second_factor_passed"]))
    })

    it("lets staff edit their own phone, picture, name and sign-in e-mail, see where they are signed in and end a session", async () => {
      const container = getContainer()
      const [cashierUser] = await container.resolve(Modules.USER).listUsers({ email: "cashier.mnl@example.com" })
      const [managerUser] = await container.resolve(Modules.USER).listUsers({ email: "manager.mnl@example.com" })
      const bad = await call("post", "/admin/kassa/me", cashier, { avatar_url: "not a url" })
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("avatar_url")])
      expect((await call("post", "/admin/kassa/me", cashier, { roles: ["Owner"] })).status).toBe(400)
      const saved = await call("post", "/admin/kassa/me", cashier, { phone: "0917 555 0101", avatar_url: "https://example.com/cora.png", first_name: "Cora" })
      expect(saved.data.staff).toEqual(expect.objectContaining({ phone: "0917 555 0101", avatar_url: "https://example.com/cora.png", user: expect.objectContaining({ first_name: "Cora" }) }))
      // Medusa's profile page saves one's own name through Medusa's route; another's stays the owner's to change.
      expect((await call("post", `/admin/users/${cashierUser.id}`, cashier, { last_name: "Reyes" })).status).toBe(200)
      expect((await call("post", `/admin/users/${managerUser.id}`, cashier, { last_name: "Reyes" })).status).toBe(403)

      // Two more sign-ins a second apart (a token's issue time is to the second): three sessions, one of them this one.
      await new Promise((r) => setTimeout(r, 1100))
      const laptop = bearer((await signIn("cashier.mnl@example.com")).data.token as string)
      const sessions = (await call("get", "/admin/kassa/me/sessions", laptop)).data.sessions as { id: string; current: boolean; ip: string }[]
      expect(sessions.length).toBeGreaterThanOrEqual(2)
      expect(sessions.filter((x) => x.current)).toHaveLength(1)
      const other = sessions.find((x) => !x.current)!
      expect((await call("post", `/admin/kassa/me/sessions/sess_nope/end`, laptop)).status).toBe(404)
      const managerSessions = (await call("get", "/admin/kassa/me/sessions", await adminHeaders(api, container, "owner@example.com"))).data.sessions as { id: string }[]
      expect((await call("post", `/admin/kassa/me/sessions/${managerSessions[0].id}/end`, laptop)).status).toBe(404)
      expect((await call("post", `/admin/kassa/me/sessions/${other.id}/end`, laptop)).status).toBe(200)
      const ended = await call("get", "/admin/kassa/me", cashier)
      expect([ended.status, ended.data.message]).toEqual([401, expect.stringContaining("This sign-in has ended")])
      expect((await call("get", "/admin/kassa/me", laptop)).status).toBe(200)

      // The admin's cookie session (made from a sign-in's token) is a session of its own, ended the same way.
      // (A sign-in in the same second would be the very same token: Medusa's tokens carry no id.)
      await new Promise((r) => setTimeout(r, 1100))
      const forCookie = (await signIn("cashier.mnl@example.com")).data.token as string
      const made = await api.post("/auth/session", {}, bearer(forCookie))
      const browser: Headers = { headers: { cookie: String(made.headers["set-cookie"]).split(";")[0] } }
      const seen = (await call("get", "/admin/kassa/me/sessions", browser)).data.sessions as { id: string; current: boolean }[]
      const cookieSession = seen.find((x) => x.current)!
      expect((await call("post", `/admin/kassa/me/sessions/${cookieSession.id}/end`, laptop)).status).toBe(200)
      expect((await call("get", "/admin/kassa/me", browser)).status).toBe(401)
      expect((await call("get", "/admin/kassa/me", laptop)).status).toBe(200)

      // A new sign-in e-mail needs the password; then only the new one signs in.
      const wrong = await call("post", "/admin/kassa/me/email", laptop, { email: "cora@example.com", password: "not-it" })
      expect([wrong.status, wrong.data.message]).toEqual([400, "The current password is not right"])
      const taken = await call("post", "/admin/kassa/me/email", laptop, { email: "Manager.MNL@example.com", password: TEST_PASSWORD })
      expect([taken.status, taken.data.message]).toEqual([400, expect.stringContaining("already belongs to another account")])
      expect((await call("post", "/admin/kassa/me/email", laptop, { email: "cora@example.com", password: TEST_PASSWORD })).data).toEqual({ email: "cora@example.com" })
      expect((await signIn("cashier.mnl@example.com")).status).toBe(401)
      expect((await signIn("cora@example.com")).status).toBe(200)

      // Signing out ends this token too: Medusa would honour it until it expires.
      expect((await call("post", "/admin/kassa/me/sign-out", laptop)).status).toBe(200)
      expect((await call("get", "/admin/kassa/me", laptop)).status).toBe(401)
    })

    it("lets an owner, not the staff member, reset a lost factor with a reason; the next sign-in is by password alone", async () => {
      await enrolManager()
      const owner = await adminHeaders(api, getContainer(), "owner@example.com")
      const reset = (who: Headers, body: unknown) => call("post", `/admin/kassa/staff/${managerId}/second-factor/reset`, who, body)
      expect((await reset(owner, {})).status).toBe(400)
      expect((await reset(owner, { reason: "x" })).data.message).toContain("reason")
      expect((await reset(cashier, { reason: "Lost phone" })).status).toBe(403)
      const done = await reset(owner, { reason: "Lost phone at the branch" })
      expect(done.status).toBe(200)
      expect(done.data.second_factor_reset).toEqual(expect.objectContaining({ staff_member_id: managerId, reason: "Lost phone at the branch", factors_disabled: 1 }))
      const plain = await signIn("manager.mnl@example.com")
      expect(plain.data.mfa_required).toBeUndefined()
      expect((await call("get", "/admin/kassa/me", bearer(plain.data.token as string))).status).toBe(200)
      expect((await reset(owner, { reason: "Lost phone again" })).data.message).toContain("has no second factor to reset")
      const ownerId = ((await call("get", "/admin/kassa/me", owner)).data.staff as { id: string }).id
      const own = await call("post", `/admin/kassa/staff/${ownerId}/second-factor/reset`, owner, { reason: "My own phone" })
      expect([own.status, own.data.message]).toEqual([400, expect.stringContaining("Nobody resets their own")])
      const audit = await call("get", `/admin/kassa/audit/entries?entity_type=second_factor_reset`, owner)
      expect(audit.status).toBe(200)
      expect((audit.data.entries as { action: string }[]).map((e) => e.action)).toContain("create")
    })
  },
})

import { BRANCH_MODULE, type BranchModuleService, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, type Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { ensureUser } from "../../src/scripts/demo/users"

jest.setTimeout(300000)

type Res = { status: number; headers: Record<string, string>; data: { message?: string } & Record<string, unknown> }

// The server trusts one proxy hop (Medusa's `trust proxy` 1), so X-Forwarded-For is the
// client's address here, as a reverse proxy in front of Kassa would set it.
const from = (address: string, headers: Record<string, string> = {}) => ({ headers: { ...headers, "x-forwarded-for": address } })
const ATTACKER = "203.0.113.66"
const OWNER_DESK = "198.51.100.10"

/** Retry-After in whole seconds, within the lock's length. */
const expectRetryAfter = (res: Res, maxSeconds: number) => {
  const seconds = Number(res.headers["retry-after"])
  expect(Number.isInteger(seconds) && seconds > 0 && seconds <= maxSeconds).toBe(true)
}

const countStatuses = (responses: Res[]) =>
  responses.reduce<Record<number, number>>((counts, r) => ({ ...counts, [r.status]: (counts[r.status] ?? 0) + 1 }), {})

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const signIn = (email: string, password: string, address: string, actor = "user"): Promise<Res> =>
      api.post(`/auth/${actor}/emailpass`, { email, password }, from(address)).catch((e: { response: Res }) => e.response)
    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown): Promise<Res> =>
      (method === "post" ? api.post(url, body ?? {}, who) : api.get(url, who)).catch((e: { response: Res }) => e.response)

    describe("sign-in", () => {
      beforeEach(async () => {
        await ensureUser(getContainer(), { email: "owner@example.com", password: TEST_PASSWORD, staff: { roles: ["Owner"], all_branches: true, branch_ids: [] } })
      })

      it("checks at most five of twenty wrong passwords sent at once; the owner still signs in from elsewhere", async () => {
        const burst = await Promise.all(Array.from({ length: 20 }, () => signIn("owner@example.com", "guess-123", ATTACKER)))
        // Invariant: the count is taken before the password is checked, so only five get checked.
        expect(countStatuses(burst)).toEqual({ 401: 5, 429: 15 })
        for (const refused of burst.filter((r) => r.status === 429)) expectRetryAfter(refused, 15 * 60)

        const rightButLocked = await signIn("owner@example.com", TEST_PASSWORD, ATTACKER)
        expect(rightButLocked.status).toBe(429)
        expect(rightButLocked.data.message).toContain("locked until")
        expectRetryAfter(rightButLocked, 15 * 60)
        // The stranger's guesses lock the account from the stranger's address only.
        const owner = await signIn("owner@example.com", TEST_PASSWORD, OWNER_DESK)
        expect(owner.status).toBe(200)
        expect(typeof owner.data.token).toBe("string")
      })

      it("throttles an address after twenty failures on any accounts, unknown ones included", async () => {
        for (let i = 0; i < 20; i++) expect((await signIn(`nobody${i}@example.com`, "guess-123", ATTACKER)).status).toBe(401)
        const next = await signIn("owner@example.com", TEST_PASSWORD, ATTACKER)
        expect(next.status).toBe(429)
        expect(next.data.message).toContain("from this address")
        expectRetryAfter(next, 15 * 60)
        expect((await signIn("owner@example.com", TEST_PASSWORD, OWNER_DESK)).status).toBe(200)
      })

      it("gives the address its attempt back on a sign-in, and a sign-in starts the account's count over", async () => {
        for (let i = 0; i < 4; i++) expect((await signIn("owner@example.com", "guess-123", OWNER_DESK)).status).toBe(401)
        expect((await signIn("owner@example.com", TEST_PASSWORD, OWNER_DESK)).status).toBe(200)
        // Four more mistakes do not lock: the count started over at the sign-in.
        for (let i = 0; i < 4; i++) expect((await signIn("owner@example.com", "guess-123", OWNER_DESK)).status).toBe(401)
        expect((await signIn("owner@example.com", TEST_PASSWORD, OWNER_DESK)).status).toBe(200)
      })

      it("throttles customer sign-in the same way", async () => {
        const burst = await Promise.all(Array.from({ length: 12 }, () => signIn("shopper@example.com", "guess-123", ATTACKER, "customer")))
        expect(countStatuses(burst)).toEqual({ 401: 5, 429: 7 })
        for (const refused of burst.filter((r) => r.status === 429)) expectRetryAfter(refused, 15 * 60)
        expect((await signIn("shopper@example.com", "guess-123", OWNER_DESK, "customer")).status).toBe(401)
      })

      it("a manager's unlock lifts the account's lock from every address", async () => {
        const container = getContainer()
        const manager = await adminHeaders(api, container, "manager@example.com")
        await ensureUser(container, { email: "agent@example.com", password: TEST_PASSWORD, staff: { roles: ["Sales Agent"], all_branches: true, branch_ids: [] } })
        for (let i = 0; i < 5; i++) await signIn("agent@example.com", "guess-123", ATTACKER)
        expect((await signIn("agent@example.com", TEST_PASSWORD, ATTACKER)).status).toBe(429)
        const [user] = await container.resolve(Modules.USER).listUsers({ email: "agent@example.com" })
        const [agent] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: user.id })
        expect((await call("post", `/admin/kassa/staff/${agent.id}/unlock`, manager)).status).toBe(200)
        expect((await signIn("agent@example.com", TEST_PASSWORD, ATTACKER)).status).toBe(200)
      })
    })

    describe("PIN", () => {
      /** The demo stores; Manila's first register, its cashier, and its manager with the PIN 2580. */
      async function counter(container: MedusaContainer) {
        await seedDemoData(container, { staffPassword: TEST_PASSWORD })
        const [branch] = await container.resolve<BranchModuleService>(BRANCH_MODULE).listBranches({ code: "MNL" }, { relations: ["registers"] })
        const mnl = branch.stock_location_id
        const owner = await adminHeaders(api, container, "owner@example.com")
        const cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
        const [user] = await container.resolve(Modules.USER).listUsers({ email: "manager.mnl@example.com" })
        const [manager] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: user.id })
        expect((await call("post", `/admin/kassa/staff/${manager.id}/pin`, owner, { pin: "2580" })).status).toBe(200)
        return { mnl, register_id: branch.registers.find((r) => r.code === "R1")!.id, cashier, managerId: manager.id }
      }

      it("answers one way for a PIN wherever it is typed; checks at most five of twenty guesses at once, then 429 with Retry-After at every PIN door", async () => {
        const { mnl, register_id, cashier, managerId } = await counter(getContainer())
        const ticket = await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id })
        expect(ticket.status).toBe(201)
        const id = (ticket.data.ticket as { id: string }).id
        // An override inside a workflow (a whole-ticket discount) and the counter's own check.
        const discount = (pin: string) =>
          call("post", `/admin/kassa/pos/tickets/${id}`, cashier, { discount: { type: "percent", value: 5 }, approval: { staff_id: managerId, pin } })
        const verify = (pin: string) => call("post", "/admin/kassa/pin/verify", cashier, { staff_id: managerId, pin, policy: "pos:override_price", branch_id: mnl })

        const wrong = [await discount("1111"), await verify("1111")]
        expect(wrong.map((r) => [r.status, r.data.message])).toEqual([[401, "Wrong PIN"], [401, "Wrong PIN"]])
        expect((await discount("2580")).status).toBe(200)
        expect((await call("post", "/admin/kassa/pin/verify", cashier, { staff_id: "stf_none", pin: "2580" })).status).toBe(404)
        // A right PIN starts the count over: four more mistakes do not lock it.
        for (let i = 0; i < 4; i++) expect((await verify("0000")).status).toBe(401)
        expect((await verify("2580")).status).toBe(200)

        const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => verify(String(1000 + i))))
        // Invariant: each guess takes its turn before the PIN is compared, so only five get compared.
        expect(countStatuses(burst)).toEqual({ 401: 5, 429: 15 })
        for (const refused of burst.filter((r) => r.status === 429)) expectRetryAfter(refused, 5 * 60)

        // The right PIN, now locked: the same 429 from the check, a cashier switch and the override.
        const checked = await verify("2580")
        expect([checked.status, checked.data.message]).toEqual([429, expect.stringContaining("this PIN is locked until")])
        expectRetryAfter(checked, 5 * 60)
        const switched = await call("post", "/admin/kassa/pos/cashier-switch", cashier, { location_id: mnl, staff_id: managerId, pin: "2580" })
        expect(switched.status).toBe(429)
        expectRetryAfter(switched, 5 * 60)
        const discounted = await discount("2580")
        expect([discounted.status, discounted.data.message]).toEqual([429, expect.stringContaining("this PIN is locked until")])
        expectRetryAfter(discounted, 5 * 60)
      })
    })
  },
})

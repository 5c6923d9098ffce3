import { rolePolicySettingsRead as addSettingsRead, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildWorld, sellAtEachBranch, World } from "../helpers/access-world"
import { Headers } from "../helpers/admin"
import { recordLoadedRoutes, spellingsOf } from "../helpers/routes"

jest.setTimeout(900000)

// Before the runner boots the app: every route handler Medusa and the plugins register.
const loaded = recordLoadedRoutes()

type Answer = { status: number; body: string }

/**
 * Whether a request got past the access checks: anything but 401/403, a 400 for a malformed path,
 * or Express's own 404 for a path no route matches (an HTML page, where handlers answer JSON).
 */
const passedGuard = ({ status, body }: Answer) =>
  !(status === 401 || status === 403 || (status === 404 && !body.startsWith("{")) || (status === 400 && body.includes("percent-encoding")))

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: World
    beforeEach(async () => {
      w = await buildWorld(api, getContainer())
    })

    // Paths go out exactly as written: axios would strip a leading "//" or read it as another host.
    // A route that streams (workflow execution events) never ends: one that runs that long was let in.
    const send = async (method: string, path: string, who?: Headers): Promise<Answer> => {
      try {
        const res = await fetch(`${api.defaults.baseURL}${path}`, {
          method,
          headers: { "content-type": "application/json", ...who?.headers },
          body: method === "GET" || method === "HEAD" ? undefined : "{}",
          signal: AbortSignal.timeout(30_000),
        })
        return { status: res.status, body: await res.text() }
      } catch (e) {
        if ((e as Error).name !== "TimeoutError") throw e
        return { status: 0, body: "still running after 30 s" }
      }
    }

    it("lets no spelling of an admin route get further than its canonical spelling, for a cashier", async () => {
      const { davaoSale } = await sellAtEachBranch(w, getContainer())
      // Signing out would end the cashier's sign-in and hide every later answer behind a 401.
      const routes = loaded.filter((r) => r.path.startsWith("/admin/") && !r.path.endsWith("/sign-out"))
      // Another branch's order or stock location wherever a route names one.
      const fill = (param: string) => (/location/.test(param) ? w.dav : davaoSale)

      const refused: string[] = []
      const violations: string[] = []
      const check = async ({ method, path }: (typeof routes)[number]) => {
        const { canonical, variants } = spellingsOf(path, fill)
        if (passedGuard(await send(method, canonical, w.as.cashier))) return
        refused.push(`${method} ${path}`)
        for (const variant of variants) {
          const answer = await send(method, variant, w.as.cashier)
          if (passedGuard(answer)) violations.push(`${method} ${variant} → ${answer.status} ${answer.body.slice(0, 80)}`)
        }
      }
      // Four requests at a time: the server is in this process, and the database is the slow part.
      const queue = [...routes]
      await Promise.all([1, 2, 3, 4].map(async () => {
        for (let r = queue.shift(); r; r = queue.shift()) await check(r)
      }))

      expect(violations).toEqual([])
      // The comparison means something only where the canonical spelling is refused.
      expect(routes.length).toBeGreaterThan(300)
      expect(refused).toEqual(expect.arrayContaining(["GET /admin/orders", "GET /admin/orders/:id", "GET /admin/payments", "POST /admin/products", "GET /admin/users", "GET /admin/kassa/roles"]))
      expect((await send("GET", "/admin/kassa/me", w.as.cashier)).status).toBe(200)
    })

    it("keeps a manager to their branch's orders in every spelling of the order routes", async () => {
      const { davaoChannel, manilaSale, davaoSale } = await sellAtEachBranch(w, getContainer())
      const list = spellingsOf("/admin/orders", String)
      const one = spellingsOf("/admin/orders/:id", () => davaoSale)
      for (const path of [list.canonical, ...list.variants]) {
        for (const query of ["?fields=id&limit=200", `?fields=id&sales_channel_id[]=${davaoChannel}`]) {
          const answer = await send("GET", `${path}${query}`, w.as.manager)
          expect({ path, query, leaked: answer.body.includes(davaoSale) }).toEqual({ path, query, leaked: false })
        }
      }
      expect((await send("GET", `${list.canonical}?fields=id`, w.as.manager)).body).toContain(manilaSale)
      for (const path of [one.canonical, ...one.variants]) {
        const answer = await send("GET", path, w.as.manager)
        expect({ path, passed: passedGuard(answer) }).toEqual({ path, passed: false })
      }
    })

    it("answers 400, not 500, to malformed percent-encoding in a path, on Medusa's routes and Kassa's", async () => {
      const cases: [string, string, Headers | undefined][] = [
        ["GET", "/admin/orders/%", w.as.owner],
        ["GET", "/admin/products/%E0%A4%A", w.as.owner],
        ["POST", "/admin/products/%zz", w.as.owner],
        ["GET", "/admin/kassa/staff/%", w.as.owner],
        ["GET", `/admin/kassa/branches/${w.mnl}%`, w.as.cashier],
        ["POST", "/auth/user/%", undefined],
      ]
      for (const [method, path, who] of cases) {
        const { status, body } = await send(method, path, who)
        expect({ path, status, message: JSON.parse(body).message }).toEqual({ path, status: 400, message: expect.stringContaining("percent-encoding") })
      }
    })

    it("keeps admin users, invites, API keys, workflow executions, notifications and roles from cashiers and sales agents", async () => {
      const reads = ["/admin/users", "/admin/invites", "/admin/api-keys", "/admin/workflows-executions", "/admin/notifications", "/admin/kassa/roles"]
      for (const who of ["cashier", "agent"] as const) {
        for (const path of reads) {
          const { status, body } = await send("GET", path, w.as[who])
          expect({ who, path, status, message: JSON.parse(body).message }).toEqual({ who, path, status: 403, message: "Missing policy settings:read" })
        }
        expect((await send("GET", "/admin/users/me", w.as[who])).status).toBe(200)
      }
      for (const who of ["manager", "owner"] as const) {
        for (const path of reads) expect({ who, path, status: (await send("GET", path, w.as[who])).status }).toEqual({ who, path, status: 200 })
      }
    })

    it("gives the Manager role settings:read on installs made before it, and leaves other roles alone", async () => {
      const container = getContainer()
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const [manager] = await staff.listStaffRoles({ name: "Manager" }, { select: ["id", "policies"] })
      const before = (manager.policies as string[]).filter((p) => p !== "settings:read")
      await staff.updateStaffRoles([{ id: manager.id, policies: before }])
      await staff.createStaffRoles([{ name: "Clerk", description: "Stock", policies: ["inventory:write"], is_system: false }])

      await addSettingsRead({ container })
      await addSettingsRead({ container })
      const roles = await staff.listStaffRoles({ name: ["Manager", "Clerk", "Cashier"] }, { select: ["name", "policies"] })
      const policiesOf = (name: string) => roles.find((r) => r.name === name)!.policies as string[]
      expect(policiesOf("Manager")).toEqual([...before, "settings:read"])
      expect(policiesOf("Clerk")).toEqual(["inventory:write"])
      expect(policiesOf("Cashier")).not.toContain("settings:read")
    })
  },
})

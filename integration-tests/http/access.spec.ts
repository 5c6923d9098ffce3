import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildWorld, sellAtEachBranch, World } from "../helpers/access-world"
import { Headers, TEST_PASSWORD } from "../helpers/admin"
import { ensureUser } from "../../src/scripts/demo/users"

jest.setTimeout(60000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let w: World
    beforeEach(async () => {
      w = await buildWorld(api, getContainer())
    })

    type Call = { status: number; data: { message?: string } & Record<string, unknown> }
    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown): Promise<Call> =>
      (method === "post" ? api.post(url, body ?? {}, who) : api[method](url, who)).catch((e: { response: Call }) => e.response)

    type Body = Record<string, unknown> | ((w: World) => Record<string, unknown>) | undefined
    type Case = [string, keyof World["as"], "get" | "post" | "delete", (w: World) => string, Body, number, string?]
    const cases: Case[] = [
      ["a sales agent cannot create products", "agent", "post", () => "/admin/products", { title: "X" }, 403, "Missing policy product:write"],
      ["a sales agent cannot edit a product's price or title", "agent", "post", (w) => `/admin/products/${w.productId}`, { title: "Y" }, 403, "product:write"],
      ["a sales agent cannot delete products", "agent", "delete", (w) => `/admin/products/${w.productId}`, undefined, 403, "product:write"],
      ["a sales agent cannot manage users", "agent", "post", () => "/admin/invites", { email: "new@example.com" }, 403, "Missing policy staff:manage"],
      ["a sales agent cannot change branch details", "agent", "post", (w) => `/admin/kassa/branches/${w.mnl}`, { phone: "1" }, 403, "branch:manage"],
      ["a sales agent cannot list staff", "agent", "get", () => "/admin/kassa/staff", undefined, 403, "staff:manage"],
      ["a sales agent cannot set cost prices", "agent", "post", () => "/admin/kassa/variant-costs", { costs: [] }, 403, "product:write"],
      ["a sales agent cannot see cost prices", "agent", "get", () => "/admin/kassa/variant-costs", undefined, 403, "Missing policy cost:read"],
      ["a manager sees cost prices", "manager", "get", () => "/admin/kassa/variant-costs", undefined, 200],
      ["a sales agent cannot read every order (only their own sales)", "agent", "get", () => "/admin/orders", undefined, 403, "Missing policy order:read"],
      ["a sales agent reads products", "agent", "get", () => "/admin/products", undefined, 200],
      ["a cashier cannot read all orders", "cashier", "get", () => "/admin/orders", undefined, 403, "Missing policy order:read"],
      ["a cashier opens the counter at their branch", "cashier", "get", (w) => `/admin/kassa/pos/counter?location_id=${w.mnl}`, undefined, 200],
      ["a cashier cannot open a counter at another branch", "cashier", "get", (w) => `/admin/kassa/pos/counter?location_id=${w.dav}`, undefined, 403, "Not allowed at branch"],
      ["a credit officer cannot create products", "credit", "post", () => "/admin/products", { title: "X" }, 403, "product:write"],
      ["a credit officer cannot sell", "credit", "get", (w) => `/admin/kassa/pos/counter?location_id=${w.mnl}`, undefined, 403, "Missing policy pos:sell"],
      ["a manager changes stock at their branch", "manager", "post", (w) => `/admin/inventory-items/${w.inventoryItemId}/location-levels/${w.mnl}`, { stocked_quantity: 9 }, 200],
      ["a Manila manager cannot change Davao's stock", "manager", "post", (w) => `/admin/inventory-items/${w.inventoryItemId}/location-levels/${w.dav}`, { stocked_quantity: 9 }, 403, "Not allowed at branch"],
      ["a Manila manager cannot batch-change Davao's stock", "manager", "post", (w) => `/admin/inventory-items/${w.inventoryItemId}/location-levels/batch`, (w) => ({ update: [{ location_id: w.dav, stocked_quantity: 1 }] }), 403, "Not allowed at branch"],
      ["a manager edits their branch", "manager", "post", (w) => `/admin/kassa/branches/${w.mnl}`, { phone: "+63 2 1234" }, 200],
      ["a Manila manager cannot edit Davao", "manager", "post", (w) => `/admin/kassa/branches/${w.dav}`, { phone: "+63 2 1234" }, 403, "Not allowed at branch"],
      ["a Manila manager cannot edit the Davao stock location", "manager", "post", (w) => `/admin/stock-locations/${w.dav}`, { name: "Mine" }, 403, "Not allowed at branch"],
      ["a branch manager cannot create branches", "manager", "post", () => "/admin/stock-locations", { name: "New" }, 403, "every branch"],
      ["a manager cannot change store settings", "manager", "post", () => "/admin/regions", { name: "X", currency_code: "php" }, 403, "settings:manage"],
      ["a manager cannot edit roles", "manager", "post", () => "/admin/kassa/roles", { name: "X", policies: ["pos:sell"] }, 403, "role:manage"],
      ["a manager lists staff", "manager", "get", () => "/admin/kassa/staff", undefined, 200],
      ["an owner changes Davao's stock", "owner", "post", (w) => `/admin/inventory-items/${w.inventoryItemId}/location-levels/${w.dav}`, { stocked_quantity: 7 }, 200],
      ["an owner changes store settings", "owner", "post", () => "/admin/regions", { name: "PH 2", currency_code: "php" }, 200],
      ["an owner creates roles", "owner", "post", () => "/admin/kassa/roles", { name: "Stock clerk", policies: ["inventory:write"] }, 200],
    ]

    // A rest parameter: with more declared parameters than a row has, Jest would pass `done`.
    it.each(cases)("%s", async (...[, who, method, url, body, status, message]: Case) => {
      const res = await call(method, url(w), w.as[who], typeof body === "function" ? body(w) : body)
      expect({ status: res.status, message: res.data?.message }).toEqual(expect.objectContaining({ status }))
      if (message) expect(res.data.message).toContain(message)
    })

    it("keeps branch staff to their branches' orders", async () => {
      const { davaoChannel, manilaSale, davaoSale } = await sellAtEachBranch(w, getContainer())
      const listed = await call("get", "/admin/orders?fields=id", w.as.manager)
      expect((listed.data.orders as { id: string }[]).map((o) => o.id)).toEqual([manilaSale])
      const asked = await call("get", `/admin/orders?fields=id&sales_channel_id[]=${davaoChannel}`, w.as.manager)
      expect(asked.data.orders).toEqual([])
      expect((await call("get", `/admin/orders/${manilaSale}`, w.as.manager)).status).toBe(200)
      const other = await call("get", `/admin/orders/${davaoSale}`, w.as.manager)
      expect(other.status).toBe(403)
      expect(other.data.message).toBe("This order was sold at a branch you do not work at")
      expect((await call("post", `/admin/orders/${davaoSale}/cancel`, w.as.manager)).status).toBe(403)

      const all = await call("get", "/admin/orders?fields=id", w.as.credit)
      expect((all.data.orders as { id: string }[]).map((o) => o.id).sort()).toEqual([manilaSale, davaoSale].sort())
    })

    it("refuses users without a staff record everywhere but their own profile", async () => {
      const container = getContainer()
      await ensureUser(container, { email: "nobody@example.com", password: TEST_PASSWORD })
      const { data } = await api.post("/auth/user/emailpass", { email: "nobody@example.com", password: TEST_PASSWORD })
      const who = { headers: { authorization: `Bearer ${data.token}` } }
      expect((await call("get", "/admin/users/me", who)).status).toBe(200)
      expect((await call("get", "/admin/kassa/me", who)).data).toEqual(expect.objectContaining({ staff: null }))
      const res = await call("get", "/admin/products", who)
      expect(res.status).toBe(403)
      expect(res.data.message).toContain("no Kassa staff record")
    })

    it("blocks a deactivated staff member at their next request and at sign-in, keeping their record", async () => {
      expect((await call("get", "/admin/products", w.as.agent)).status).toBe(200)
      expect((await call("post", `/admin/kassa/staff/${w.staffId.agent}`, w.as.owner, { is_active: false })).status).toBe(200)
      const refused = await call("get", "/admin/products", w.as.agent)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toContain("deactivated")
      const signIn = await api.post("/auth/user/emailpass", { email: "agent@example.com", password: TEST_PASSWORD }).catch((e) => e.response)
      expect(signIn.status).toBe(403)
      const { data } = await call("get", `/admin/kassa/staff/${w.staffId.agent}`, w.as.owner)
      expect(data.staff).toEqual(expect.objectContaining({ is_active: false }))

      await call("post", `/admin/kassa/staff/${w.staffId.agent}`, w.as.owner, { is_active: true })
      expect((await call("get", "/admin/products", w.as.agent)).status).toBe(200)
    })

    it("does not let a manager grant more than they hold", async () => {
      const login = (email: string) => ({ email, password: "secret-pass-1", first_name: "New" })
      const owner = await call("post", "/admin/kassa/staff", w.as.manager, { login: login("o@example.com"), roles: ["Owner"], branch_ids: [w.mnl] })
      expect(owner.status).toBe(403)
      expect(owner.data.message).toContain("cannot grant the role Owner")
      const davao = await call("post", "/admin/kassa/staff", w.as.manager, { login: login("d@example.com"), roles: ["Cashier"], branch_ids: [w.dav] })
      expect(davao.status).toBe(403)
      expect(davao.data.message).toContain("branches you do not work at")
      const everywhere = await call("post", "/admin/kassa/staff", w.as.manager, { login: login("e@example.com"), roles: ["Cashier"], all_branches: true })
      expect(everywhere.status).toBe(403)

      const ok = await call("post", "/admin/kassa/staff", w.as.manager, { login: login("c2@example.com"), roles: ["Cashier"], branch_ids: [w.mnl], pin: "1234" })
      expect(ok.status).toBe(200)
      expect(ok.data.staff).toEqual(expect.objectContaining({ has_pin: true, branch_ids: [w.mnl] }))
      expect(JSON.stringify(ok.data)).not.toContain("pin_hash")
      const signIn = await api.post("/auth/user/emailpass", { email: "c2@example.com", password: "secret-pass-1" })
      expect(signIn.status).toBe(200)

      const ownerId = (await call("get", "/admin/kassa/me", w.as.owner)).data.staff as { id: string }
      const editOwner = await call("post", `/admin/kassa/staff/${ownerId.id}`, w.as.manager, { phone: "1" })
      expect(editOwner.status).toBe(403)
    })

    it("refuses bad staff input with the module's message and leaves no half-made login", async () => {
      const res = await call("post", "/admin/kassa/staff", w.as.owner, {
        login: { email: "half@example.com", password: "secret-pass-1" },
        roles: ["Cashier", "Janitor"],
        branch_ids: [w.mnl],
        commission_rate: -1,
        pin: "12",
      })
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("commission_rate is a percentage from 0 to 100, got -1; pin must be 4 to 6 digits; unknown role: Janitor")
      expect(await getContainer().resolve(Modules.USER).listUsers({ email: "half@example.com" })).toHaveLength(0)
    })

    it("verifies PINs for cashier switching and manager overrides, and locks them", async () => {
      const bad = await call("post", `/admin/kassa/staff/${w.staffId.manager}/pin`, w.as.owner, { pin: "12a4" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("pin must be 4 to 6 digits")
      await call("post", `/admin/kassa/staff/${w.staffId.manager}/pin`, w.as.owner, { pin: "2580" })
      await call("post", `/admin/kassa/staff/${w.staffId.agent}/pin`, w.as.owner, { pin: "1470" })

      const verify = (staff_id: string, pin: string, extra: object = {}) =>
        call("post", "/admin/kassa/pin/verify", w.as.cashier, { staff_id, pin, ...extra })
      const override = { policy: "pos:override_price", branch_id: w.mnl }
      expect((await verify(w.staffId.manager, "2580", override)).data).toEqual(expect.objectContaining({ verified: true }))
      expect((await verify(w.staffId.manager, "0000", override)).status).toBe(401)
      const agentOverride = await verify(w.staffId.agent, "1470", override)
      expect(agentOverride.status).toBe(403)
      expect(agentOverride.data.message).toContain("lacks the policy pos:override_price")
      const elsewhere = await verify(w.staffId.manager, "2580", { ...override, branch_id: w.dav })
      expect(elsewhere.status).toBe(403)
      expect(elsewhere.data.message).toContain("does not work at branch")

      for (let i = 0; i < 5; i++) await verify(w.staffId.manager, "9999")
      const locked = await verify(w.staffId.manager, "2580")
      expect(locked.status).toBe(429)
      expect(locked.data.message).toContain("locked")
    })

    it("locks sign-in after five wrong passwords, even with the right one", async () => {
      const signIn = (password: string) =>
        api.post("/auth/user/emailpass", { email: "agent@example.com", password }).catch((e) => e.response)
      for (let i = 0; i < 5; i++) expect((await signIn("wrong-password")).status).toBe(401)
      const locked = await signIn(TEST_PASSWORD)
      expect(locked.status).toBe(429)
      expect(locked.data.message).toContain("locked until")
      const { data } = await call("get", `/admin/kassa/staff/${w.staffId.agent}`, w.as.owner)
      expect(data.staff).toEqual(expect.objectContaining({ failed_login_count: 5 }))

      expect((await call("post", `/admin/kassa/staff/${w.staffId.agent}/unlock`, w.as.agent)).status).toBe(403)
      const unlocked = await call("post", `/admin/kassa/staff/${w.staffId.agent}/unlock`, w.as.manager)
      expect(unlocked.data.staff).toEqual(expect.objectContaining({ failed_login_count: 0, locked_until: null }))
      expect((await signIn(TEST_PASSWORD)).status).toBe(200)
    })

    it("manages registers: unique codes per branch, partial changes, retirement", async () => {
      const added = await call("post", `/admin/kassa/branches/${w.mnl}/registers`, w.as.manager, { name: "Counter 2", code: "R2" })
      expect(added.status).toBe(200)
      const duplicate = await call("post", `/admin/kassa/branches/${w.mnl}/registers`, w.as.manager, { name: "Again", code: "R1" })
      expect(duplicate.status).toBe(422)
      expect(duplicate.data.message).toBe("Branch MNL already has a register with the code R1")
      expect((await call("post", `/admin/kassa/branches/${w.dav}/registers`, w.as.manager, { name: "X", code: "R9" })).data.message).toBe(
        "Not allowed at branch DAV (Davao Branch)"
      )

      const id = (added.data.register as { id: string }).id
      const paused = await call("post", `/admin/kassa/registers/${id}`, w.as.manager, { is_active: false })
      expect(paused.data.register).toEqual(expect.objectContaining({ name: "Counter 2", code: "R2", is_active: false }))
      const counter = async () => (await call("get", `/admin/kassa/pos/counter?location_id=${w.mnl}`, w.as.cashier)).data.registers as { code: string }[]
      expect((await counter()).map((r) => r.code)).toEqual(["R1"])
      await call("post", `/admin/kassa/registers/${id}`, w.as.manager, { is_active: true })
      expect((await counter()).map((r) => r.code).sort()).toEqual(["R1", "R2"])
      expect((await call("delete", `/admin/kassa/registers/${id}`, w.as.manager)).data).toEqual({ id, object: "register", deleted: true })
      expect((await counter()).map((r) => r.code)).toEqual(["R1"])
    })

    it("shows who is signed in now, and not after they sign out", async () => {
      const active = async () =>
        ((await call("get", "/admin/kassa/staff/active", w.as.owner)).data.staff as { id: string }[]).map((s) => s.id)
      expect(await active()).toEqual(expect.arrayContaining([w.staffId.agent, w.staffId.cashier]))
      await call("post", "/admin/kassa/me/sign-out", w.as.cashier)
      expect(await active()).not.toContain(w.staffId.cashier)
      const { data } = await call("get", `/admin/kassa/staff/${w.staffId.cashier}`, w.as.owner)
      expect(data.staff).toEqual(expect.objectContaining({ last_login_at: expect.any(String), last_logout_at: expect.any(String) }))
    })

    it("switches a plugin off at one branch and leaves it on at another", async () => {
      const off = await call("post", `/admin/kassa/branches/${w.dav}/plugins`, w.as.owner, { plugin: "pos", enabled: false })
      expect(off.data).toEqual({ plugin_switch: { plugin: "pos", enabled: false } })
      const atDavao = await call("get", `/admin/kassa/pos/counter?location_id=${w.dav}`, w.as.owner)
      expect(atDavao.status).toBe(403)
      expect(atDavao.data.message).toContain("Point of sale is switched off at branch")
      const atManila = await call("get", `/admin/kassa/pos/counter?location_id=${w.mnl}`, w.as.owner)
      expect(atManila.status).toBe(200)
      expect(atManila.data.registers).toEqual([expect.objectContaining({ code: "R1" })])

      const me = await call("get", "/admin/kassa/me", w.as.owner)
      const plugins = Object.fromEntries((me.data.branches as { stock_location_id: string; plugins: { pos: boolean } }[]).map((b) => [b.stock_location_id, b.plugins.pos]))
      expect(plugins).toEqual({ [w.mnl]: true, [w.dav]: false })

      expect((await call("post", `/admin/kassa/branches/${w.dav}/plugins`, w.as.manager, { plugin: "pos", enabled: true })).status).toBe(403)
      expect((await call("post", `/admin/kassa/branches/${w.mnl}/plugins`, w.as.owner, { plugin: "core", enabled: false })).status).toBe(400)
      expect((await call("post", `/admin/kassa/branches/${w.mnl}/plugins`, w.as.owner, { plugin: "nope", enabled: false })).status).toBe(404)
      await call("post", `/admin/kassa/branches/${w.dav}/plugins`, w.as.owner, { plugin: "pos", enabled: true })
      expect((await call("get", `/admin/kassa/pos/counter?location_id=${w.dav}`, w.as.owner)).status).toBe(200)
    })

    it("keeps roles consistent: known policies only, default roles and roles in use stay", async () => {
      const unknown = await call("post", "/admin/kassa/roles", w.as.owner, { name: "Odd", policies: ["pos:sell", "foo:bar"] })
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toBe("Unknown policy: foo:bar")
      const { data: roles } = await call("get", "/admin/kassa/roles", w.as.owner)
      const cashier = (roles.roles as { id: string; name: string }[]).find((r) => r.name === "Cashier")!
      const del = await call("delete", `/admin/kassa/roles/${cashier.id}`, w.as.owner)
      expect(del.status).toBe(400)
      expect(del.data.message).toContain("default role")

      // Default roles name policies of plugins not installed yet; editing them keeps those.
      const manager = (roles.roles as { id: string; name: string; policies: string[] }[]).find((r) => r.name === "Manager")!
      expect(manager.policies).toContain("installment:collect")
      const renamed = await call("post", `/admin/kassa/roles/${manager.id}`, w.as.owner, { description: "Runs a branch" })
      expect(renamed.data.role).toEqual(expect.objectContaining({ name: "Manager", description: "Runs a branch" }))
      const trimmed = await call("post", `/admin/kassa/roles/${manager.id}`, w.as.owner, {
        policies: manager.policies.filter((p) => p !== "audit:read"),
      })
      expect(trimmed.status).toBe(200)

      const clerk = (await call("post", "/admin/kassa/roles", w.as.owner, { name: "Clerk", policies: ["inventory:*"] })).data.role as { id: string }
      await call("post", `/admin/kassa/staff/${w.staffId.cashier}`, w.as.owner, { roles: ["Cashier", "Clerk"] })
      expect((await call("delete", `/admin/kassa/roles/${clerk.id}`, w.as.owner)).data.message).toContain("held by 1 staff member")
      // The clerk role's inventory:* now lets the cashier change Manila's stock.
      expect((await call("post", `/admin/inventory-items/${w.inventoryItemId}/location-levels/${w.mnl}`, w.as.cashier, { stocked_quantity: 3 })).status).toBe(200)
    })
  },
})

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Entry = { action: string; actor_type: string; actor_id: string; changes: { method?: string; path?: string; status?: number } }

// Other systems' secret API keys act with the roles, branches and calls a minute an owner gives them (issue 31 item 5).
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let owner: Headers

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)
    const secretKey = async (title: string) => {
      const key = (await call("post", "/admin/api-keys", owner, { title, type: "secret" })).data.api_key as { id: string; token: string }
      return { id: key.id, as: { headers: { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } } }
    }

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id"] })
      const branches = data as { code: string; stock_location_id: string }[]
      mnl = branches.find((b) => b.code === "MNL")!.stock_location_id
      ceb = branches.find((b) => b.code === "CEB")!.stock_location_id
      owner = await adminHeaders(api, container, "owner@example.com")
    })

    it("gives a key no policy until an owner gives it a role and branches; then it acts as that role there and nowhere else", async () => {
      const erp = await secretKey("ERP")
      const counter = `/admin/kassa/pos/counter?location_id=${mnl}`
      // No access yet: Kassa's routes and Medusa's own refuse it, saying why.
      const none = await call("get", counter, erp.as)
      expect([none.status, none.data.message]).toEqual([403, expect.stringContaining("This API key has no Kassa role")])
      expect((await call("get", "/admin/products?limit=1", erp.as)).status).toBe(403)
      expect((await call("get", `/admin/kassa/api-keys/${erp.id}/access`, owner)).data).toEqual({ access: null })

      // A Cashier at Manila: the counter's reads there, not at Cebu, and no manager's route.
      const given = await call("post", `/admin/kassa/api-keys/${erp.id}/access`, owner, { roles: ["Cashier"], branch_ids: [mnl] })
      expect([given.status, given.data.access]).toEqual([200, { api_key_id: erp.id, roles: ["Cashier"], branch_ids: [mnl], all_branches: false, rate_limit_per_minute: 600 }])
      expect((await call("get", counter, erp.as)).status).toBe(200)
      const elsewhere = await call("get", `/admin/kassa/pos/counter?location_id=${ceb}`, erp.as)
      expect([elsewhere.status, elsewhere.data.message]).toEqual([403, expect.stringContaining("Not allowed at branch")])
      const managers = await call("post", "/admin/kassa/roles", erp.as, { name: "Sneaky", policies: ["*"] })
      expect([managers.status, managers.data.message]).toEqual([403, "Missing policy role:manage"])
      expect((await call("post", `/admin/kassa/api-keys/${erp.id}/access`, erp.as, { roles: ["Owner"], all_branches: true })).status).toBe(403)

      // Taken away: back to nothing.
      expect((await call("delete", `/admin/kassa/api-keys/${erp.id}/access`, owner)).status).toBe(200)
      expect((await call("get", counter, erp.as)).status).toBe(403)
      expect((await call("delete", `/admin/kassa/api-keys/${erp.id}/access`, owner)).status).toBe(404)
    })

    it("refuses bad access with a 400 that says why, and only owners may give it", async () => {
      const erp = await secretKey("Bad input")
      const give = (body: unknown, who: Headers = owner, id = erp.id) => call("post", `/admin/kassa/api-keys/${id}/access`, who, body)
      const refused = async (body: unknown, status: number, message: string, id?: string) => {
        const res = await give(body, owner, id)
        expect([res.status, res.data.message]).toEqual([status, expect.stringContaining(message)])
      }
      await refused({ roles: ["Nobody"], all_branches: true }, 400, "No role named Nobody")
      await refused({ roles: ["Cashier"] }, 400, "Give the key its branches")
      await refused({ roles: [], all_branches: true }, 400, "roles")
      await refused({ roles: ["Cashier"], branch_ids: ["mnl"] }, 400, "must be a stock location id")
      await refused({ roles: ["Cashier"], all_branches: true, rate_limit_per_minute: 0 }, 400, "rate_limit_per_minute")
      await refused({ roles: ["Cashier"], all_branches: true, admin: true }, 400, "admin")
      await refused({ roles: ["Cashier"], all_branches: true }, 404, "No API key apk_nope", "apk_nope")
      const publishable = (await call("post", "/admin/api-keys", owner, { title: "Web", type: "publishable" })).data.api_key
      await refused({ roles: ["Cashier"], all_branches: true }, 400, "is a publishable key", publishable.id)
      // A manager may not hand out keys' access; nothing was written by any refusal.
      const manager = await staffHeaders(api, getContainer(), "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      expect((await give({ roles: ["Cashier"], branch_ids: [mnl] }, manager)).status).toBe(403)
      expect((await call("get", `/admin/kassa/api-keys/${erp.id}/access`, owner)).data).toEqual({ access: null })
    })

    it("answers 429 with Retry-After past the key's calls a minute, and logs every call a key makes", async () => {
      const erp = await secretKey("Rate limited")
      expect((await call("post", `/admin/kassa/api-keys/${erp.id}/access`, owner, { roles: ["Cashier"], branch_ids: [mnl], rate_limit_per_minute: 3 })).status).toBe(200)
      // The calls below must fall in one minute: the count starts again with the next.
      const second = new Date().getSeconds()
      if (second > 45) await new Promise((r) => setTimeout(r, (61 - second) * 1000))
      const counter = `/admin/kassa/pos/counter?location_id=${mnl}`
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await call("get", counter, erp.as)).status)
      const limited = await call("get", counter, erp.as)
      expect([...statuses, limited.status]).toEqual([200, 200, 200, 429, 429])
      expect(limited.data.message).toBe("This API key may make 3 calls a minute: try again in a minute")
      expect(Number(limited.headers["retry-after"])).toBeGreaterThanOrEqual(1)
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60)
      // Another key is not held back by this one's calls.
      const other = await secretKey("Other")
      await call("post", `/admin/kassa/api-keys/${other.id}/access`, owner, { roles: ["Cashier"], branch_ids: [mnl] })
      expect((await call("get", counter, other.as)).status).toBe(200)

      // Each call is in the audit log with its route and answer, the refused ones too.
      let calls: Entry[] = []
      for (let i = 0; i < 50 && calls.length < 5; i++) {
        calls = (await call("get", `/admin/kassa/audit/entries?action=api_key.call&entity_id=${erp.id}&limit=50`, owner)).data.entries
        if (calls.length < 5) await new Promise((r) => setTimeout(r, 100))
      }
      expect(calls.map((e) => e.changes.status).sort()).toEqual([200, 200, 200, 429, 429])
      expect(calls[0]).toEqual(expect.objectContaining({ actor_type: "api-key", actor_id: erp.id, changes: expect.objectContaining({ method: "GET", path: "/admin/kassa/pos/counter" }) }))
    })
  },
})

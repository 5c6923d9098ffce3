import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, Headers } from "../helpers/admin"

jest.setTimeout(120000)

async function product(container: MedusaContainer, handle: string) {
  const { result } = await createProductsWorkflow(container).run({
    input: { products: [{ title: `Phone ${handle}`, handle, status: "published", options: [{ title: "Model", values: ["Standard"] }], variants: [{ title: "Standard", sku: `SKU-${handle}`, options: { Model: "Standard" }, prices: [{ amount: 10990, currency_code: "php" }] }] }] },
  })
  return { id: result[0].id, variant: result[0].variants![0].id }
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    beforeEach(async () => {
      owner = await adminHeaders(api, getContainer())
    })
    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)
    const because = (reason: string) => ({ headers: { ...owner.headers, "x-kassa-reason": encodeURIComponent(reason) } })

    it("asks why a cost changes and keeps the reason with the change in the product's history", async () => {
      const { id, variant } = await product(getContainer(), "reasoned")
      const body = { costs: [{ variant_id: variant, currency_code: "php", amount: "8450.00" }] }

      for (const who of [owner, because("  "), because("ok")]) {
        const refused = await call("post", "/admin/kassa/variant-costs", who, body)
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining("Say why: send the reason for this change in the X-Kassa-Reason header")])
      }
      expect((await call("get", `/admin/kassa/variant-costs?variant_id=${variant}`, owner)).data.count).toBe(0)

      // Non-Latin text arrives URI-encoded and is stored as typed.
      const saved = await call("post", "/admin/kassa/variant-costs", because("Supplier's new price list — ₱ up 3%"), body)
      expect(saved.status).toBe(200)
      const costId = saved.data.variant_costs[0].id
      let entry: { reason: string | null; action: string } | undefined
      for (const deadline = Date.now() + 10000; !entry && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        entry = (await call("get", `/admin/kassa/audit/entries?entity_id=${costId}`, owner)).data.entries[0]
      }
      expect(entry).toMatchObject({ action: "create", reason: "Supplier's new price list — ₱ up 3%" })
      const history = (await call("get", `/admin/kassa/audit/history?type=product&id=${id}`, owner)).data
      expect(JSON.stringify(history)).toContain("Supplier's new price list")
      // The chain still verifies with reasons in it.
      expect((await call("get", "/admin/kassa/audit/verify", owner)).data).toMatchObject({ ok: true })
      const csv = (await call("get", `/admin/kassa/audit/export?entity_id=${costId}`, owner)).data as string
      expect(csv.split("\n")[0]).toContain("reason")
      expect(csv).toContain("Supplier's new price list")
    })

    it("archives a product that has sales instead of deleting it, and deletes one never sold", async () => {
      const container = getContainer()
      const sold = await product(container, "sold-once")
      const never = await product(container, "never-sold")
      await container.resolve(Modules.ORDER).createOrders({
        currency_code: "php",
        email: "buyer@example.com",
        items: [{ title: sold.id, product_id: sold.id, variant_id: sold.variant, quantity: 1, unit_price: 10990 }],
      })

      const archived = await call("delete", `/admin/products/${sold.id}`, owner)
      expect(archived.status).toBe(200)
      expect(archived.data).toMatchObject({ id: sold.id, deleted: false, archived: true, message: expect.stringContaining("has sales") })
      const kept = (await call("get", `/admin/products/${sold.id}?fields=status,metadata`, owner)).data.product
      expect(kept.status).toBe("draft")
      expect(kept.metadata).toMatchObject({ kassa_archived_at: expect.any(String), kassa_archived_by: expect.stringMatching(/^user_/) })

      const deleted = await call("delete", `/admin/products/${never.id}`, owner)
      expect(deleted.data).toMatchObject({ id: never.id, deleted: true })
      expect((await call("get", `/admin/products/${never.id}`, owner)).status).toBe(404)
    })
  },
})

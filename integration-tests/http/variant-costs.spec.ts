import { upsertVariantCostsStep, upsertVariantCostsWorkflow } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders } from "../helpers/admin"

jest.setTimeout(120000)

// Appended after the upsert so the test can see its compensation run.
const failAfterUpsert = createWorkflow("test-upsert-variant-costs-then-fail", (input: { costs: { variant_id: string; currency_code: string; amount: number }[] }) => {
  const costs = upsertVariantCostsStep(input.costs)
  createStep("test-fail", async () => {
    throw new Error("injected failure")
  })()
  return new WorkflowResponse(costs)
})

async function twoVariants(container: MedusaContainer) {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Test phone",
          options: [{ title: "Storage", values: ["128GB", "256GB"] }],
          variants: [
            { title: "128GB", sku: "TP-128", options: { Storage: "128GB" }, prices: [{ amount: 10990, currency_code: "php" }] },
            { title: "256GB", sku: "TP-256", options: { Storage: "256GB" }, prices: [{ amount: 12990, currency_code: "php" }] },
          ],
        },
      ],
    },
  })
  return result[0].variants!.map((v) => v.id)
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let a: string
    let b: string

    beforeEach(async () => {
      const container = getContainer()
      const admin = await adminHeaders(api, container)
      // A cost change says why (core's requireChangeReason); product-history.spec covers its absence.
      headers = { headers: { ...admin.headers, "x-kassa-reason": "Supplier's new price list" } }
      ;[a, b] = await twoVariants(container)
    })

    const list = async () =>
      (await api.get(`/admin/kassa/variant-costs?variant_id[]=${a}&variant_id[]=${b}&order=variant_id`, headers)).data

    it("creates, lists and updates cost prices", async () => {
      const created = await api.post(
        "/admin/kassa/variant-costs",
        { costs: [{ variant_id: a, currency_code: "PHP", amount: "8450.25" }, { variant_id: b, currency_code: "php", amount: 9999 }] },
        headers
      )
      expect(created.status).toBe(200)
      expect(created.data.variant_costs).toHaveLength(2)

      await api.post("/admin/kassa/variant-costs", { costs: [{ variant_id: a, currency_code: "php", amount: 8500 }] }, headers)
      const { variant_costs, count } = await list()
      expect(count).toBe(2)
      expect(Object.fromEntries(variant_costs.map((c) => [c.variant_id, [c.currency_code, c.amount]]))).toEqual({
        [a]: ["php", 8500],
        [b]: ["php", 9999],
      })
    })

    it.each([
      [{ costs: [] }, "Value for field 'costs' too small"],
      [{ costs: [{ variant_id: "x", currency_code: "php", amount: 1 }] }, "product variant id"],
      [{ costs: [{ variant_id: "variant_1", currency_code: "php", amount: "12.345" }] }, "PHP allows 2"],
      [{ costs: [{ variant_id: "variant_1", currency_code: "php", amount: -1 }] }, "zero or more"],
      [{ costs: [{ variant_id: "variant_1", currency_code: "xyz", amount: 1 }] }, "ISO 4217"],
      [{ costs: [{ variant_id: "variant_1", currency_code: "php", amount: 1 }, { variant_id: "variant_1", currency_code: "php", amount: 2 }] }, "only once"],
      [{ costs: [{ variant_id: "variant_1", currency_code: "php", amount: 1 }], extra: true }, "extra"],
    ])("refuses %j with a 400 that says what is wrong", async (body, message) => {
      const res = await api.post("/admin/kassa/variant-costs", body, headers).catch((e) => e.response)
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(message)
    })

    it("refuses unknown variants with a 404 and writes nothing", async () => {
      const res = await api
        .post(
          "/admin/kassa/variant-costs",
          { costs: [{ variant_id: a, currency_code: "php", amount: 1 }, { variant_id: "variant_missing", currency_code: "php", amount: 1 }] },
          headers
        )
        .catch((e) => e.response)
      expect(res.status).toBe(404)
      expect(res.data.message).toContain("variant_missing")
      expect((await list()).count).toBe(0)
    })

    it("needs a signed-in admin", async () => {
      const res = await api.get("/admin/kassa/variant-costs").catch((e) => e.response)
      expect(res.status).toBe(401)
    })

    it("undoes both creates and updates when a later step fails", async () => {
      const container = getContainer()
      await upsertVariantCostsWorkflow(container).run({ input: { costs: [{ variant_id: a, currency_code: "php", amount: 100 }] } })

      const { errors } = await failAfterUpsert(container).run({
        input: { costs: [{ variant_id: a, currency_code: "php", amount: 200 }, { variant_id: b, currency_code: "php", amount: 300 }] },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("injected failure")
      const { variant_costs } = await list()
      expect(variant_costs.map((c) => [c.variant_id, c.amount])).toEqual([[a, 100]])
    })
  },
})

import { writeVariantPricesStep, type PriceWrite } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductCategoriesWorkflow, createProductsWorkflow, createRegionsWorkflow, createTaxRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, staffHeaders } from "../helpers/admin"

jest.setTimeout(120000)

type Product = { product: string; variant: string }

// Written prices, then a failure: the step's compensation must put the old price back.
const writeThenFail = createWorkflow("test-write-variant-prices-then-fail", (input: { writes: PriceWrite[] }) => {
  const written = writeVariantPricesStep(input.writes)
  createStep("test-fail-after-prices", async () => {
    throw new Error("injected failure")
  })()
  return new WorkflowResponse(written)
})

/** A one-variant product priced ₱9,990, optionally in a category. */
async function product(container: MedusaContainer, title: string, categoryId?: string): Promise<Product> {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          ...(categoryId ? { category_ids: [categoryId] } : {}),
          options: [{ title: "Size", values: ["One"] }],
          variants: [{ title: "One", sku: `SKU-${title}`, options: { Size: "One" }, prices: [{ amount: 9990, currency_code: "php" }] }],
        },
      ],
    },
  })
  return { product: result[0].id, variant: result[0].variants![0].id }
}

/** An axios error holds its request (circular): Jest's worker cannot report it, so a plain one. */
const plain = (e: any): never => {
  throw new Error(`${e.response?.status ?? ""} ${JSON.stringify(e.response?.data ?? e.message)}`)
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let phone: Product
    let cased: Product
    let categoryId: string

    beforeEach(async () => {
      const container = getContainer()
      const admin = await adminHeaders(api, container)
      headers = { headers: { ...admin.headers, "x-kassa-reason": "Supplier's new price list" } }
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: { product_categories: [{ name: "Cases", is_active: true }] },
      })
      categoryId = result[0].id
      phone = await product(container, "Phone")
      cased = await product(container, "Case", categoryId)
    })

    const post = (url: string, body: unknown) => api.post(url, body, headers).catch((e) => e.response)
    const priceOf = async ({ product, variant }: Product) => {
      const { data } = await api.get(`/admin/products/${product}/variants/${variant}?fields=*prices`, headers).catch(plain)
      return data.variant.prices.find((p: { currency_code: string }) => p.currency_code === "php")?.amount
    }
    const setCost = (p: Product, amount: string) =>
      api.post("/admin/kassa/variant-costs", { costs: [{ variant_id: p.variant, currency_code: "php", amount }] }, headers).catch(plain)
    const rule = (body: Record<string, unknown>) => post("/admin/kassa/pricing/rules", { currency_code: "php", ...body })
    const pending = async () => (await api.get("/admin/kassa/pricing/reviews?status=pending", headers).catch(plain)).data.price_reviews

    it("a percent rule with rounding sets the price exactly (no tax-inclusive region: the net price)", async () => {
      await setCost(phone, "1000")
      expect((await rule({ scope: "product", product_id: phone.product, kind: "percent", value: "35.5", rounding: "nine" })).status).toBe(200)
      const applied = await post("/admin/kassa/pricing/apply", {})
      expect(applied.status).toBe(200)
      // 1,000 × 1.355 = 1,355 → the nearest price ending in 9 is 1,359.
      expect(applied.data.pricing.updated).toEqual([{ variant_id: phone.variant, currency_code: "php", old_price: "9990", price: "1359" }])
      expect(await priceOf(phone)).toBe(1359)
      // Applying again changes nothing.
      expect((await post("/admin/kassa/pricing/apply", {})).data.pricing).toMatchObject({ updated: [], unchanged: 1 })
    })

    it("where the region's prices include VAT, the price written is the gross: cost × markup × 1.12", async () => {
      const container = getContainer()
      await createRegionsWorkflow(container).run({
        input: { regions: [{ name: "Philippines", currency_code: "php", countries: ["ph"], is_tax_inclusive: true }] },
      })
      await createTaxRegionsWorkflow(container).run({
        input: [{ country_code: "ph", provider_id: "tp_system", default_tax_rate: { rate: 12, code: "VAT", name: "VAT" } }],
      })
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "35.5", rounding: "none" })
      await post("/admin/kassa/pricing/apply", {})
      // 1,000 × 1.355 = 1,355 net; × 1.12 = 1,517.60
      expect(await priceOf(phone)).toBe(1517.6)
    })

    it("shows the widget each variant's rule, rule price and manual flag", async () => {
      await setCost(phone, "1000")
      const created = await rule({ scope: "product", product_id: phone.product, kind: "percent", value: "10", rounding: "peso" })
      const { data } = await api.get(`/admin/kassa/pricing/variants?variant_id[]=${phone.variant}&variant_id[]=${cased.variant}`, headers).catch(plain)
      // The case has no cost: no markup price.
      expect(data.priced_variants).toEqual([
        {
          variant_id: phone.variant,
          currency_code: "php",
          price: "9990",
          rule_price: "1100",
          manual: false,
          rule: { id: created.data.markup_rule.id, scope: "product", kind: "percent", value: "10", rounding: "peso" },
        },
      ])
    })

    it("undoes a price write when a later step fails", async () => {
      const container = getContainer()
      const query = container.resolve("query")
      const { data } = await query.graph({ entity: "product_variant", fields: ["price_set.id", "price_set.prices.*"], filters: { id: phone.variant } })
      const priceSet = (data[0] as { price_set: { id: string; prices: { id: string; currency_code: string }[] } }).price_set
      const setId = priceSet.id
      const price = priceSet.prices.find((p) => p.currency_code === "php")!
      const { errors } = await writeThenFail(container).run({
        input: { writes: [{ variant_id: phone.variant, price_set_id: setId, price_id: price.id, currency_code: "php", amount: "1", old: "9990" }] },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe("injected failure")
      expect(await priceOf(phone)).toBe(9990)
    })

    it("the category's rule applies where the product has none; the product's wins over it; the store's is the default", async () => {
      await setCost(phone, "1000")
      await setCost(cased, "200")
      await rule({ scope: "store", kind: "percent", value: "10", rounding: "peso" })
      await rule({ scope: "category", category_id: categoryId, kind: "fixed", value: "99.50", rounding: "none" })
      await post("/admin/kassa/pricing/apply", {})
      expect(await priceOf(phone)).toBe(1100)
      expect(await priceOf(cased)).toBe(299.5)

      await rule({ scope: "product", product_id: cased.product, kind: "percent", value: "50", rounding: "five" })
      await post("/admin/kassa/pricing/apply", { product_ids: [cased.product] })
      expect(await priceOf(cased)).toBe(300)
      const rules = (await api.get("/admin/kassa/pricing/rules", headers).catch(plain)).data
      expect(rules.count).toBe(3)
    })

    it("keeps a price typed by hand, and /auto gives it back to the rule", async () => {
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "20", rounding: "none" })
      await post("/admin/kassa/pricing/apply", {})
      expect(await priceOf(phone)).toBe(1200)

      // Typed in Medusa's admin.
      await api.post(`/admin/products/${phone.product}/variants/${phone.variant}`, { prices: [{ currency_code: "php", amount: 1499 }] }, headers).catch(plain)
      const applied = await post("/admin/kassa/pricing/apply", {})
      expect(applied.data.pricing.manual).toEqual([{ variant_id: phone.variant, currency_code: "php", price: "1499", rule_price: "1200" }])
      expect(await priceOf(phone)).toBe(1499)

      // A cost change does not touch it either.
      await post("/admin/kassa/pricing/settings", { markup_apply: "immediate" })
      await setCost(phone, "1100")
      expect(await priceOf(phone)).toBe(1499)

      const auto = await post(`/admin/kassa/pricing/variants/${phone.variant}/auto`, {})
      expect(auto.status).toBe(200)
      expect(await priceOf(phone)).toBe(1320)
    })

    it("marks a price manual on request (with a reason): the rule and cost changes keep off it until /auto", async () => {
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "20", rounding: "none" })
      await post("/admin/kassa/pricing/apply", {})
      expect(await priceOf(phone)).toBe(1200)

      const { "x-kassa-reason": _, ...bare } = headers.headers
      const unexplained = await api.post(`/admin/kassa/pricing/variants/${phone.variant}/manual`, {}, { headers: bare }).catch((e) => e.response)
      expect([unexplained.status, unexplained.data.message]).toEqual([400, expect.stringContaining("Say why")])
      expect((await api.post(`/admin/kassa/pricing/variants/${phone.variant}/auto`, {}, { headers: bare }).catch((e) => e.response)).status).toBe(400)
      // Rules, the cost-change setting, applying and deciding reviews all say why too; nothing changes without it.
      const settingsNow = async () => (await api.get("/admin/kassa/pricing/settings", headers).catch(plain)).data.pricing_settings
      const rulesNow = async () => (await api.get("/admin/kassa/pricing/rules", headers).catch(plain)).data.markup_rules
      const [settingsBefore, rulesBefore] = [await settingsNow(), await rulesNow()]
      for (const [url, body] of [
        ["/admin/kassa/pricing/rules", { scope: "store", currency_code: "usd", kind: "percent", value: "10" }],
        ["/admin/kassa/pricing/settings", { markup_apply: "immediate" }],
        ["/admin/kassa/pricing/apply", {}],
        ["/admin/kassa/pricing/reviews/apply", { ids: ["kpr_none"] }],
        ["/admin/kassa/pricing/reviews/dismiss", { ids: ["kpr_none"] }],
      ] as const) {
        const refused = await api.post(url, body, { headers: bare }).catch((e) => e.response)
        expect([url, refused.status, refused.data.message]).toEqual([url, 400, expect.stringContaining("Say why")])
      }
      expect((await api.delete(`/admin/kassa/pricing/rules/${rulesBefore[0].id}`, { headers: bare }).catch((e) => e.response)).status).toBe(400)
      expect([await settingsNow(), await rulesNow()]).toEqual([settingsBefore, rulesBefore])

      // The price equals the rule's: it is manual because someone said so, not by comparison.
      const marked = await post(`/admin/kassa/pricing/variants/${phone.variant}/manual`, {})
      expect(marked.status).toBe(200)
      expect(marked.data.price_states).toEqual([{ id: expect.stringMatching(/^kps_/), variant_id: phone.variant, currency_code: "php", manual: true }])
      const priced = (await api.get(`/admin/kassa/pricing/variants?variant_id=${phone.variant}`, headers).catch(plain)).data.priced_variants
      expect(priced).toEqual([expect.objectContaining({ variant_id: phone.variant, manual: true, price: "1200", rule_price: "1200" })])
      const listed = (await api.get("/admin/kassa/pricing/manual", headers).catch(plain)).data
      expect(listed).toMatchObject({ count: 1, offset: 0, limit: 50 })
      expect(listed.manual_prices).toEqual([
        expect.objectContaining({ variant_id: phone.variant, currency_code: "php", product_id: phone.product, product_title: "Phone", variant_title: "One", price: "1200", rule_price: "1200" }),
      ])

      // Kept through a cost change (no review either) and an apply.
      await setCost(phone, "1100")
      expect(await pending()).toEqual([])
      await post("/admin/kassa/pricing/settings", { markup_apply: "immediate" })
      await setCost(phone, "1150")
      const applied = await post("/admin/kassa/pricing/apply", {})
      expect(applied.data.pricing.manual).toEqual([{ variant_id: phone.variant, currency_code: "php", price: "1200", rule_price: "1380" }])
      expect(await priceOf(phone)).toBe(1200)

      // The mark is in the audit log with the reason the request gave.
      let entry: { reason: string | null } | undefined
      for (const deadline = Date.now() + 10000; !entry && Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        entry = (await api.get(`/admin/kassa/audit/entries?entity_id=${marked.data.price_states[0].id}`, headers).catch(plain)).data.entries[0]
      }
      expect(entry).toMatchObject({ reason: "Supplier's new price list" })

      // Given back to the rule: priced by it at once, and no longer listed.
      expect((await post(`/admin/kassa/pricing/variants/${phone.variant}/auto`, {})).status).toBe(200)
      expect(await priceOf(phone)).toBe(1380)
      expect((await api.get("/admin/kassa/pricing/manual", headers).catch(plain)).data.count).toBe(0)

      // Bad input: an unknown variant, a currency that is none, a variant with no cost and no currency named.
      for (const action of ["manual", "auto"]) {
        const missing = await post(`/admin/kassa/pricing/variants/variant_missing/${action}`, {})
        expect([missing.status, missing.data.message]).toEqual([404, "Variant variant_missing was not found"])
      }
      const badCurrency = await post(`/admin/kassa/pricing/variants/${phone.variant}/manual`, { currency_codes: ["xyz"] })
      expect([badCurrency.status, badCurrency.data.message]).toEqual([400, expect.stringContaining("ISO 4217")])
      const noCost = await post(`/admin/kassa/pricing/variants/${cased.variant}/manual`, {})
      expect([noCost.status, noCost.data.message]).toEqual([400, expect.stringContaining("has no cost price: name the currency_codes")])
      expect((await post(`/admin/kassa/pricing/variants/${cased.variant}/manual`, { currency_codes: ["php"] })).status).toBe(200)
    })

    it("in review mode a cost change is listed and the price changes only when applied", async () => {
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "20", rounding: "peso" })
      await post("/admin/kassa/pricing/apply", {})
      expect((await api.get("/admin/kassa/pricing/settings", headers).catch(plain)).data.pricing_settings).toEqual({ markup_apply: "review" })

      await setCost(phone, "1100")
      expect(await priceOf(phone)).toBe(1200)
      const [review] = await pending()
      expect(review).toMatchObject({
        variant_id: phone.variant,
        old_price: 1200,
        new_price: 1320,
        old_cost: 1000,
        new_cost: 1100,
        status: "pending",
        reason: "cost changed from 1000 to 1100",
      })

      const applied = await post("/admin/kassa/pricing/reviews/apply", { ids: [review.id] })
      expect(applied.status).toBe(200)
      expect(await priceOf(phone)).toBe(1320)
      expect(await pending()).toEqual([])
      // A review is applied once.
      expect((await post("/admin/kassa/pricing/reviews/apply", { ids: [review.id] })).status).toBe(400)
    })

    it("a newer cost change supersedes the pending review of an older one", async () => {
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "20", rounding: "peso" })
      await post("/admin/kassa/pricing/apply", {})
      await setCost(phone, "1100")
      await setCost(phone, "1200")
      expect((await pending()).map((r: { new_price: number; reason: string }) => [r.new_price, r.reason])).toEqual([[1440, "cost changed from 1100 to 1200"]])
      const all = (await api.get("/admin/kassa/pricing/reviews?order=created_at", headers).catch(plain)).data.price_reviews
      expect(all.map((r: { status: string }) => r.status)).toEqual(["dismissed", "pending"])
    })

    it("dismissing a review leaves the price", async () => {
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "20", rounding: "peso" })
      await post("/admin/kassa/pricing/apply", {})
      await setCost(phone, "900")
      const [review] = await pending()
      expect((await post("/admin/kassa/pricing/reviews/dismiss", { ids: [review.id] })).status).toBe(200)
      expect(await priceOf(phone)).toBe(1200)
      const all = (await api.get("/admin/kassa/pricing/reviews", headers).catch(plain)).data.price_reviews
      expect(all.map((r: { status: string }) => r.status)).toEqual(["dismissed"])
    })

    it("in immediate mode a cost change re-prices at once and records why", async () => {
      await setCost(phone, "1000")
      await rule({ scope: "store", kind: "percent", value: "25", rounding: "half" })
      await post("/admin/kassa/pricing/apply", {})
      expect(await priceOf(phone)).toBe(1250)
      expect((await post("/admin/kassa/pricing/settings", { markup_apply: "immediate" })).status).toBe(200)

      await setCost(phone, "1000.30")
      // 1,000.30 × 1.25 = 1,250.375 → nearest .00/.50: 1,250.50
      expect(await priceOf(phone)).toBe(1250.5)
      const reviews = (await api.get("/admin/kassa/pricing/reviews", headers).catch(plain)).data.price_reviews
      expect(reviews).toEqual([expect.objectContaining({ status: "applied", reason: "cost changed from 1000 to 1000.3", new_price: 1250.5 })])
    })

    it.each([
      [{ scope: "store", kind: "percent", value: "-1" }, "The markup must be zero or more"],
      [{ scope: "store", kind: "percent", value: "abc" }, "decimal number"],
      [{ scope: "store", kind: "fixed", value: "10.505" }, "PHP allows 2"],
      [{ scope: "product", kind: "percent", value: "10" }, "required for a product rule"],
      [{ scope: "store", kind: "percent", value: "10", rounding: "up" }, "rounding"],
      [{ scope: "store", kind: "percent", value: "10", extra: 1 }, "extra"],
    ])("refuses rule %j with a 400", async (body, message) => {
      const res = await rule(body)
      expect(res.status).toBe(400)
      expect(res.data.message).toContain(message)
    })

    it("refuses a second store rule (400), unknown products and categories (404), unknown rules and reviews (404)", async () => {
      expect((await rule({ scope: "store", kind: "percent", value: "10" })).status).toBe(200)
      const second = await rule({ scope: "store", kind: "percent", value: "12" })
      expect(second.status).toBe(400)
      expect(second.data.message).toContain("already a store rule")
      expect((await rule({ scope: "product", product_id: "prod_missing", kind: "percent", value: "10" })).status).toBe(404)
      expect((await rule({ scope: "category", category_id: "pcat_missing", kind: "percent", value: "10" })).status).toBe(404)
      const missingRule = await api.delete("/admin/kassa/pricing/rules/mkr_missing", headers).catch((e) => e.response)
      expect([missingRule.status, missingRule.data.message]).toEqual([404, "Markup rule mkr_missing was not found"])
      expect((await post("/admin/kassa/pricing/reviews/apply", { ids: ["kprv_missing"] })).status).toBe(404)
      expect((await post("/admin/kassa/pricing/apply", { product_ids: ["prod_missing"] })).status).toBe(404)
      expect((await post("/admin/kassa/pricing/settings", { markup_apply: "sometimes" })).status).toBe(400)
    })

    it("deletes a rule", async () => {
      const created = await rule({ scope: "store", kind: "percent", value: "10" })
      const deleted = await api.delete(`/admin/kassa/pricing/rules/${created.data.markup_rule.id}`, headers).catch(plain)
      expect(deleted.data).toEqual({ id: created.data.markup_rule.id, object: "markup_rule", deleted: true })
      expect((await api.get("/admin/kassa/pricing/rules", headers).catch(plain)).data.count).toBe(0)
    })

    it("a cashier (no price:write, no cost:read) gets 403", async () => {
      const cashier = await staffHeaders(api, getContainer(), "cashier@example.com", { roles: ["Cashier"], all_branches: true, branch_ids: [] })
      const asCashier = (method: "get" | "post", url: string, body?: unknown) =>
        (method === "get" ? api.get(url, cashier) : api.post(url, body, cashier)).catch((e) => e.response)
      expect((await asCashier("post", "/admin/kassa/pricing/rules", { scope: "store", currency_code: "php", kind: "percent", value: "10" })).status).toBe(403)
      expect((await asCashier("post", "/admin/kassa/pricing/apply", {})).status).toBe(403)
      expect((await asCashier("post", "/admin/kassa/pricing/settings", { markup_apply: "immediate" })).status).toBe(403)
      expect((await asCashier("get", "/admin/kassa/pricing/reviews")).status).toBe(403)
      expect((await asCashier("get", "/admin/kassa/pricing/manual")).status).toBe(403)
      expect((await asCashier("get", `/admin/kassa/pricing/variants?variant_id=${phone.variant}`)).status).toBe(403)
      const withReason = { headers: { ...cashier.headers, "x-kassa-reason": "because" } }
      for (const action of ["manual", "auto"]) {
        expect((await api.post(`/admin/kassa/pricing/variants/${phone.variant}/${action}`, {}, withReason).catch((e) => e.response)).status).toBe(403)
      }
    })
  },
})

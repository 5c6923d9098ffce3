import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PriceWrite } from "./write-variant-prices"

type Wanted = { variant_id: string; currency_code: string; new_price: string }

/** Where each reviewed price goes (the variant's price set) and what it replaces. Reads only. */
export const prepareReviewWritesStep = createStep("prepare-review-price-writes", async (wanted: Wanted[], { container }) => {
  if (!wanted.length) return new StepResponse([] as PriceWrite[])
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = container.resolve(Modules.PRICING)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "price_set.id"], filters: { id: wanted.map((w) => w.variant_id) } })
  const setOf = new Map(data.map((v: any) => [v.id, v.price_set?.id ?? null]))
  const setIds = [...setOf.values()].filter(Boolean) as string[]
  const prices = setIds.length ? await pricing.listPrices({ price_set_id: setIds } as any, { take: null }) : []
  const base = (setId: string | null, currency: string) =>
    prices.find((p: any) => p.price_set_id === setId && p.currency_code === currency && !p.price_list_id && !Number(p.rules_count ?? 0))
  return new StepResponse(
    wanted.map((w) => {
      const setId = setOf.get(w.variant_id) ?? null
      const current = base(setId, w.currency_code)
      return { variant_id: w.variant_id, price_set_id: setId, price_id: current?.id ?? null, currency_code: w.currency_code, amount: w.new_price, old: current ? String(current.amount) : null }
    })
  )
})

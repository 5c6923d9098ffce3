import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COST_MODULE } from "../../../../../modules/cost"
import type CostModuleService from "../../../../../modules/cost/service"
import { planPrices } from "../../../../../workflows/pricing"
import type { GetManualPricesType } from "../validators"

type VariantRow = { id: string; title: string; sku: string | null; product?: { id: string; title: string } | null }

/**
 * Prices marked manual (typed by hand): markup leaves them alone. Each with its variant and
 * product, the price now and what the rule in force would give (null: no cost or no rule).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetManualPricesType>, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery as GetManualPricesType
  const service: CostModuleService = req.scope.resolve(COST_MODULE)
  const [states, count] = await service.listAndCountPriceStates({ manual: true }, { skip: offset, take: limit, order: { updated_at: "DESC", id: "ASC" } })
  const ids = [...new Set(states.map((s) => s.variant_id))]
  const [variants, plans] = ids.length
    ? await Promise.all([
        req.scope
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product_variant", fields: ["id", "title", "sku", "product.id", "product.title"], filters: { id: ids } })
          .then(({ data }) => data as VariantRow[]),
        planPrices(req.scope, { variant_ids: ids }),
      ])
    : [[], []]
  const variantOf = new Map(variants.map((v) => [v.id, v]))
  const planOf = new Map(plans.map((p) => [`${p.variant_id}:${p.currency_code}`, p]))
  res.json({
    manual_prices: states.map((s) => {
      const v = variantOf.get(s.variant_id)
      const plan = planOf.get(`${s.variant_id}:${s.currency_code}`)
      return {
        variant_id: s.variant_id,
        currency_code: s.currency_code,
        variant_title: v?.title ?? null,
        sku: v?.sku ?? null,
        product_id: v?.product?.id ?? null,
        product_title: v?.product?.title ?? null,
        price: plan?.current ?? null,
        rule_price: plan?.price ?? null,
        marked_at: s.updated_at,
      }
    }),
    count,
    offset,
    limit,
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COST_MODULE } from "../../../../../modules/cost"
import type CostModuleService from "../../../../../modules/cost/service"
import { planPrices } from "../../../../../workflows/pricing"
import type { GetPricedVariantsType } from "../validators"

/** Per variant with a cost and a rule in force: the rule, the price it gives, the price now and whether that one is manual. Reads only. */
export const GET = async (req: AuthenticatedMedusaRequest<GetPricedVariantsType>, res: MedusaResponse) => {
  const ids = [req.validatedQuery.variant_id].flat() as string[]
  const plans = await planPrices(req.scope, { variant_ids: ids })
  const service: CostModuleService = req.scope.resolve(COST_MODULE)
  const rules = plans.length ? await service.listMarkupRules({ id: [...new Set(plans.map((p) => p.rule_id))] }) : []
  const ruleOf = new Map(rules.map((r) => [r.id, r]))
  res.json({
    priced_variants: plans.map((p) => {
      const rule = ruleOf.get(p.rule_id)!
      return {
        variant_id: p.variant_id,
        currency_code: p.currency_code,
        price: p.current,
        rule_price: p.price,
        manual: p.manual,
        rule: { id: rule.id, scope: rule.scope, kind: rule.kind, value: rule.value, rounding: rule.rounding },
      }
    }),
  })
}

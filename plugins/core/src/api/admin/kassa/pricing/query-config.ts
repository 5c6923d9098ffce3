export const markupRuleFields = ["id", "scope", "product_id", "category_id", "currency_code", "kind", "value", "rounding", "created_at", "updated_at"]
export const listMarkupRulesConfig = { defaults: markupRuleFields, isList: true }

export const priceReviewFields = [
  "id", "variant_id", "currency_code", "rule_id", "old_price", "new_price", "old_cost", "new_cost", "status", "reason", "created_at", "updated_at",
]
export const listPriceReviewsConfig = { defaults: priceReviewFields, isList: true }

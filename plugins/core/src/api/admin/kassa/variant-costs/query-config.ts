export const variantCostFields = ["id", "variant_id", "currency_code", "amount", "created_at", "updated_at"]

export const listVariantCostsConfig = { defaults: variantCostFields, isList: true }

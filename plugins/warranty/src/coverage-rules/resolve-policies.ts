import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WARRANTY_MODULE } from "../modules/warranty"
import type WarrantyModuleService from "../modules/warranty/service"

export type EffectivePolicy = {
  source: "product" | "category" | "default"
  policy_id: string | null
  repair_days: number
  replacement_days: number
  manufacturer_months: number | null
  no_warranty: boolean
}

export const DEFAULT_POLICY: EffectivePolicy = {
  source: "default",
  policy_id: null,
  repair_days: 30,
  replacement_days: 7,
  manufacturer_months: null,
  no_warranty: false,
}

type Row = { id: string; repair_days: number; replacement_days: number; manufacturer_months: number | null; no_warranty: boolean }
const effective = (source: EffectivePolicy["source"], p: Row): EffectivePolicy => ({
  source,
  policy_id: p.id,
  repair_days: p.repair_days,
  replacement_days: p.replacement_days,
  manufacturer_months: p.manufacturer_months,
  no_warranty: p.no_warranty,
})

/**
 * Each product's warranty: its own policy, else its nearest category's (its categories first,
 * then their parents, by `mpath`), else the defaults. Two reads, whatever the number of products.
 */
export async function resolvePolicies(container: MedusaContainer, productIds: string[]): Promise<Map<string, EffectivePolicy>> {
  const ids = [...new Set(productIds)]
  const result = new Map<string, EffectivePolicy>()
  if (!ids.length) return result
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "categories.id", "categories.mpath"], filters: { id: ids } })
  // Nearest first: a product's own categories, then each one's ancestors from the closest up.
  const chains = new Map(
    (products as { id: string; categories?: { id: string; mpath: string | null }[] }[]).map((p) => [
      p.id,
      [
        ...(p.categories ?? []).map((c) => c.id),
        ...(p.categories ?? []).flatMap((c) => (c.mpath ?? "").split(".").filter((id) => id && id !== c.id).reverse()),
      ],
    ])
  )
  const categoryIds = [...new Set([...chains.values()].flat())]
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const [byProduct, byCategory] = await Promise.all([
    warranty.listWarrantyPolicies({ product_id: ids }),
    categoryIds.length ? warranty.listWarrantyPolicies({ category_id: categoryIds }) : Promise.resolve([]),
  ])
  const ownPolicy = new Map<string, Row>(byProduct.map((p) => [p.product_id!, p]))
  const categoryPolicy = new Map<string, Row>(byCategory.map((p) => [p.category_id!, p]))
  for (const id of ids) {
    const own = ownPolicy.get(id)
    const inherited = (chains.get(id) ?? []).map((c) => categoryPolicy.get(c)).find(Boolean)
    result.set(id, own ? effective("product", own) : inherited ? effective("category", inherited) : DEFAULT_POLICY)
  }
  return result
}

/** The receipt line's wording of a policy. */
export function policyTerms(p: EffectivePolicy) {
  if (p.no_warranty) return "No warranty"
  const manufacturer = p.manufacturer_months ? `; manufacturer's warranty ${p.manufacturer_months} months` : ""
  return `Warranty: ${p.repair_days}-day repair, ${p.replacement_days}-day replacement${manufacturer}`
}

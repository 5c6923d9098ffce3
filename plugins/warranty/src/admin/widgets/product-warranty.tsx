import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { ClaimsWidget } from "../components/claims-widget"
import { PolicyForm } from "../components/policy-form"
import { useWarrantyAccess } from "../lib/access"
import { useFigures } from "../lib/queries"
import type { Figures } from "../lib/types"

const policyText = (p: NonNullable<Figures["product"]>["policy"]) =>
  p.no_warranty
    ? "Sold without warranty."
    : `${p.repair_days}-day repair, ${p.replacement_days}-day replacement${p.manufacturer_months ? `, manufacturer ${p.manufacturer_months} months` : ""} (${p.source === "default" ? "the default" : `the ${p.source}'s policy`}).`

/** The product's warranty, its claims and its claim rate (claims per 100 units sold). */
const ProductWarrantyWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const { canRead } = useWarrantyAccess()
  const figures = useFigures({ product_id: data.id }, !!canRead)
  const product = figures.data?.product
  return (
    <ClaimsWidget filter={{ product_id: data.id }} description="Repairs and replacements of this product's units.">
      {product && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small">{policyText(product.policy)}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {product.claims} {product.claims === 1 ? "claim" : "claims"} on {product.units_sold} {product.units_sold === 1 ? "unit" : "units"} sold
            {product.claim_rate === null ? "" : ` — claim rate ${product.claim_rate}%`}
          </Text>
        </div>
      )}
      <PolicyForm target={{ product_id: data.id }} inherited="Without one it has its category's policy, or the defaults (30-day repair, 7-day replacement)." />
    </ClaimsWidget>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductWarrantyWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductCategory, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading } from "@medusajs/ui"
import { PolicyForm } from "../components/policy-form"
import { useWarrantyAccess } from "../lib/access"

/** The warranty of every product in this category (and its subcategories) without a policy of its own. */
const CategoryWarrantyWidget = ({ data }: DetailWidgetProps<AdminProductCategory>) => {
  const { canConfigure } = useWarrantyAccess()
  if (!canConfigure) return null
  return (
    <Container className="p-0">
      <div className="px-6 pt-4">
        <Heading level="h2">Warranty</Heading>
      </div>
      <PolicyForm target={{ category_id: data.id }} inherited="Without one its products have their parent category's policy, or the defaults (30-day repair, 7-day replacement)." />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product_category.details.after" })

export default CategoryWarrantyWidget

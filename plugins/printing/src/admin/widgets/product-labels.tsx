import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { LabelsPerVariant } from "../components/labels/labels-per-variant"
import { LabelsPrintBar } from "../components/labels/labels-print-bar"
import { useVariantCount } from "../lib/labels-queries"

/** "Print labels" beside a product: a label for each of its variants, as many of each as asked. */
const ProductLabelsWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [quantity, setQuantity] = useState(1)
  const variants = useVariantCount(product.id).data ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Print labels</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          A 55 × 25 mm label for each of the {variants} variant{variants === 1 ? "" : "s"}, with the branch's price.
        </Text>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <LabelsPerVariant id="labels-per-variant" value={quantity} onChange={setQuantity} />
        <LabelsPrintBar request={{ product_ids: [product.id], quantity }} count={variants * quantity} />
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductLabelsWidget

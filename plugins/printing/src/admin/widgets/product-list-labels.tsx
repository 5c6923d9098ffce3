import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { BulkLabelsModal } from "../components/labels/bulk-labels-modal"
import { useLabelBranches } from "../lib/labels-queries"

/**
 * Above Medusa's product list: labels for several products at once. The list itself takes no
 * custom bulk actions, so the products are ticked in a window listing them the same way.
 */
const ProductListLabelsWidget = () => {
  const [open, setOpen] = useState(false)
  const { branches } = useLabelBranches()
  if (!branches.length) return null
  return (
    <Container className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">Shelf labels</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Tick several products and print a label for each of their variants.
        </Text>
      </div>
      <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
        <Tag />
        Print labels for products…
      </Button>
      {open && <BulkLabelsModal open={open} onOpenChange={setOpen} />}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default ProductListLabelsWidget

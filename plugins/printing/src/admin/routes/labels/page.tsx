import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { BarcodeSettings } from "../../components/labels/barcode-settings"
import { LabelsLines } from "../../components/labels/labels-lines"
import { LabelsPrintBar } from "../../components/labels/labels-print-bar"
import { LabelsVariantSearch } from "../../components/labels/labels-variant-search"
import type { LabelLine, PickedVariant } from "../../lib/labels-types"

/**
 * The print manager for shelf labels: pick products and variants (a delivery's lines, or whole
 * products at once — Medusa's product list has no custom bulk actions), set how many of each,
 * then download a PDF or send them to a label printer at the branch; and, for a manager, how new
 * variants are numbered.
 */
const LabelsPage = () => {
  const [lines, setLines] = useState<LabelLine[]>([])
  const add = (variants: PickedVariant[]) =>
    setLines((current) => {
      const next = [...current]
      for (const v of variants) {
        const at = next.findIndex((l) => l.id === v.id)
        if (at >= 0) next[at] = { ...next[at], quantity: Math.min(500, next[at].quantity + 1) }
        else next.push({ ...v, quantity: 1 })
      }
      return next
    })
  const count = lines.reduce((sum, l) => sum + l.quantity, 0)
  const request = lines.length ? { items: lines.map((l) => ({ variant_id: l.id, quantity: l.quantity })) } : null

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Labels</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Shelf labels with brand, name, options, the branch's price and the barcode: 55 × 25 mm, for a label printer or as a PDF.
        </Text>
      </div>
      <div className="px-6 py-4">
        <LabelsVariantSearch onAdd={add} />
      </div>
      <div className="px-6 py-4">
        <LabelsLines
          lines={lines}
          onQuantity={(id, quantity) => setLines((ls) => ls.map((l) => (l.id === id ? { ...l, quantity } : l)))}
          onRemove={(id) => setLines((ls) => ls.filter((l) => l.id !== id))}
        />
      </div>
      <div className="px-6 py-4">
        <LabelsPrintBar request={request} count={count} />
      </div>
      <div className="px-6 py-4">
        <BarcodeSettings />
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Labels", icon: Tag })

export default LabelsPage

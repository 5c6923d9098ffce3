import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useProductSearch } from "../../lib/labels-queries"
import type { PickedVariant } from "../../lib/labels-types"

/** Find products by name, SKU or code; add one variant, or every variant of a product, to the list. */
export function LabelsVariantSearch({ onAdd }: { onAdd: (variants: PickedVariant[]) => void }) {
  const [q, setQ] = useState("")
  const search = useProductSearch(q)
  const pick = (product: { title: string }, v: { id: string; title: string; barcode: string | null; sku: string | null }): PickedVariant => ({
    id: v.id,
    product_title: product.title,
    title: v.title,
    barcode: v.barcode,
    sku: v.sku,
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Input type="search" placeholder="Search products to label (name, SKU, barcode)" value={q} onChange={(e) => setQ(e.target.value)} aria-label="Search products" />
      {search.data?.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          No product matches “{q.trim()}”.
        </Text>
      )}
      {(search.data ?? []).map((product) => (
        <div key={product.id} className="border-ui-border-base rounded-md border px-3 py-2" data-testid="labels-search-result">
          <div className="flex items-center justify-between gap-x-2">
            <div>
              <Text size="small" weight="plus">
                {product.title}
              </Text>
              {product.subtitle && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {product.subtitle}
                </Text>
              )}
            </div>
            <Button size="small" variant="secondary" onClick={() => onAdd(product.variants.map((v) => pick(product, v)))}>
              Add all {product.variants.length}
            </Button>
          </div>
          {product.variants.length > 1 && (
            <div className="mt-1 flex flex-wrap gap-1">
              {product.variants.map((v) => (
                <Button key={v.id} size="small" variant="transparent" onClick={() => onAdd([pick(product, v)])}>
                  + {v.title}
                </Button>
              ))}
            </div>
          )}
        </div>
      ))}
    </div>
  )
}

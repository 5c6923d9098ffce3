/** Galos's min_stock_level default; a reorder then fills up to twice that. */
export const DEFAULT_MIN_QUANTITY = 3
export const DEFAULT_REORDER_QUANTITY = 6

export type ThresholdRow = { product_id: string; variant_id: string | null; location_id: string | null; min_quantity: number; reorder_quantity: number }
export type Threshold = { min_quantity: number; reorder_quantity: number; source: "variant_branch" | "variant" | "product_branch" | "product" | "default" }
export type StockStatus = "healthy" | "low" | "out"

/** The threshold of a variant at a branch: its own at the branch, its own, its product's at the branch, its product's, the default. */
export function thresholdFor(rows: ThresholdRow[], productId: string, variantId: string, locationId: string): Threshold {
  const pick = (variant: string | null, location: string | null) =>
    rows.find((r) => r.product_id === productId && r.variant_id === variant && r.location_id === location)
  const order: [string | null, string | null, Threshold["source"]][] = [
    [variantId, locationId, "variant_branch"],
    [variantId, null, "variant"],
    [null, locationId, "product_branch"],
    [null, null, "product"],
  ]
  for (const [variant, location, source] of order) {
    const row = pick(variant, location)
    if (row) return { min_quantity: row.min_quantity, reorder_quantity: row.reorder_quantity, source }
  }
  return { min_quantity: DEFAULT_MIN_QUANTITY, reorder_quantity: DEFAULT_REORDER_QUANTITY, source: "default" }
}

/** Out at nothing available, low at or below the minimum, else healthy. */
export const stockStatus = (available: number, min: number): StockStatus => (available <= 0 ? "out" : available <= min ? "low" : "healthy")

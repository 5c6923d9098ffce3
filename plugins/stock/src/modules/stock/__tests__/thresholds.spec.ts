import { stockStatus, thresholdFor } from "../thresholds"

const row = (variant_id: string | null, location_id: string | null, min_quantity: number) => ({ product_id: "prod_1", variant_id, location_id, min_quantity, reorder_quantity: min_quantity * 4 })

describe("thresholdFor", () => {
  const rows = [row(null, null, 1), row(null, "sloc_a", 2), row("variant_1", null, 3), row("variant_1", "sloc_a", 4)]

  it("takes the most specific row: variant at the branch, variant, product at the branch, product, default", () => {
    expect(thresholdFor(rows, "prod_1", "variant_1", "sloc_a")).toMatchObject({ min_quantity: 4, source: "variant_branch" })
    expect(thresholdFor(rows, "prod_1", "variant_1", "sloc_b")).toMatchObject({ min_quantity: 3, source: "variant" })
    expect(thresholdFor(rows, "prod_1", "variant_2", "sloc_a")).toMatchObject({ min_quantity: 2, source: "product_branch" })
    expect(thresholdFor(rows, "prod_1", "variant_2", "sloc_b")).toMatchObject({ min_quantity: 1, source: "product" })
    expect(thresholdFor(rows, "prod_2", "variant_9", "sloc_a")).toEqual({ min_quantity: 3, reorder_quantity: 6, source: "default" })
  })
})

describe("stockStatus", () => {
  it("is out at zero or less, low at or below the minimum, healthy above", () => {
    expect([-1, 0, 1, 3, 4].map((n) => stockStatus(n, 3))).toEqual(["out", "out", "low", "low", "healthy"])
  })
})

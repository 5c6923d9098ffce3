import { stockDelta } from "../steps/adjust-defective-stock"

describe("a disposal's move of the branch's stocked quantity", () => {
  it("adds a repaired unit that was never stocked, takes off a reserved unit that leaves, and moves nothing else", () => {
    expect(stockDelta({ disposal_status: "repaired", held_by: "not_stocked" })).toBe(1)
    expect(stockDelta({ disposal_status: "repaired", held_by: "reservation" })).toBe(0)
    for (const gone of ["returned_to_supplier", "disposed"] as const) {
      expect(stockDelta({ disposal_status: gone, held_by: "reservation" })).toBe(-1)
      expect(stockDelta({ disposal_status: gone, held_by: "not_stocked" })).toBe(0)
    }
  })
})

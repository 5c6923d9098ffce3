import { nextCost } from "../cost"

describe("nextCost", () => {
  it("averages what was on hand with what came, half up to the centavo", () => {
    // 2 at ₱500.00 and 3 at ₱600.25: ₱2,800.75 over 5 = ₱560.15.
    expect(nextCost("moving_average", { onHand: 2, cost: 50000 }, 3, 60025)).toBe(56015)
    // 1 at 0.01 and 2 at 0.02: 0.05 / 3 = 0.0166… → 0.02.
    expect(nextCost("moving_average", { onHand: 1, cost: 1 }, 2, 2)).toBe(2)
    // 1 at 0.01 and 1 at 0.02: 0.015 → 0.02 (half up).
    expect(nextCost("moving_average", { onHand: 1, cost: 1 }, 1, 2)).toBe(2)
  })

  it("takes the new cost with nothing on hand, no cost before, or the last-cost setting", () => {
    expect(nextCost("moving_average", { onHand: 0, cost: 50000 }, 3, 60025)).toBe(60025)
    expect(nextCost("moving_average", { onHand: -2, cost: 50000 }, 3, 60025)).toBe(60025)
    expect(nextCost("moving_average", { onHand: 4, cost: null }, 3, 60025)).toBe(60025)
    expect(nextCost("last", { onHand: 4, cost: 50000 }, 3, 60025)).toBe(60025)
  })
})

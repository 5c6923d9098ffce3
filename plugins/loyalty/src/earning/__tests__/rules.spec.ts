import { earningBase, maxRedeemablePoints, pointsFor, takeBackFor, tierFor } from "../rules"

describe("loyalty earning rules", () => {
  const rules = { spend_per_point: 10_000, rounding: "down" as const, earn_on_tax: true, non_earning_tenders: ["loyalty_points", "store_credit"] }

  it("rounds fractions of a point by the rule", () => {
    // ₱1,999.99 at a point per ₱100: 19.9999 points.
    expect(pointsFor(199_999, 100, rules)).toBe(19)
    expect(pointsFor(199_999, 100, { ...rules, rounding: "nearest" })).toBe(20)
    expect(pointsFor(195_000, 100, { ...rules, rounding: "nearest" })).toBe(20)
    expect(pointsFor(194_999, 100, { ...rules, rounding: "nearest" })).toBe(19)
    expect(pointsFor(190_001, 100, { ...rules, rounding: "up" })).toBe(20)
    expect(pointsFor(190_000, 100, { ...rules, rounding: "up" })).toBe(19)
    expect(pointsFor(0, 100, rules)).toBe(0)
  })

  it("multiplies by the tier's percent before rounding", () => {
    // ₱1,000 at Gold's 1.25×: 12.5 points.
    expect(pointsFor(100_000, 125, rules)).toBe(12)
    expect(pointsFor(100_000, 125, { ...rules, rounding: "nearest" })).toBe(13)
    expect(pointsFor(100_000, 150, rules)).toBe(15)
  })

  it("earns nothing on non-earning tenders, nor on change, nor beyond the total", () => {
    const sale = { total: 112_000, tax_total: 12_000, paid: [{ method: "cash", amount: 62_000 }, { method: "loyalty_points", amount: 30_000 }, { method: "store_credit", amount: 20_000 }] }
    expect(earningBase(sale, rules)).toBe(62_000)
    expect(earningBase({ ...sale, paid: [{ method: "card", amount: 200_000 }] }, rules)).toBe(112_000)
    // VAT excluded: the net share of what earns (₱620 × 100/112), rounded down.
    expect(earningBase(sale, { ...rules, earn_on_tax: false })).toBe(55_357)
    expect(earningBase({ ...sale, total: 0 }, rules)).toBe(0)
  })

  it("takes back a return's share over all the sale's returns, summing to the earning", () => {
    const earned = 10
    const first = takeBackFor({ earned, sale_total: 300, returned_total: 100, taken_before: 0 })
    const second = takeBackFor({ earned, sale_total: 300, returned_total: 200, taken_before: first })
    const third = takeBackFor({ earned, sale_total: 300, returned_total: 300, taken_before: first + second })
    expect([first, second, third]).toEqual([3, 4, 3])
    expect(takeBackFor({ earned, sale_total: 300, returned_total: 999, taken_before: 10 })).toBe(0)
  })

  it("caps points at the share of a sale they may pay", () => {
    expect(maxRedeemablePoints(100_000, { point_value: 100, max_redeem_percent: 50 })).toBe(500)
    expect(maxRedeemablePoints(100_099, { point_value: 100, max_redeem_percent: 50 })).toBe(500)
  })

  it("finds the tier at its threshold and not a centavo below", () => {
    const tiers = [{ name: "Gold", threshold: 500 }, { name: "Bronze", threshold: 0 }, { name: "Silver", threshold: 200 }]
    expect(tierFor(199, tiers)!.name).toBe("Bronze")
    expect(tierFor(200, tiers)!.name).toBe("Silver")
    expect(tierFor(500, tiers)!.name).toBe("Gold")
    expect(tierFor(-1, tiers)).toBeNull()
  })
})

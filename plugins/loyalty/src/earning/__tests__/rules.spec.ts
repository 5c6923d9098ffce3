import { earningBase, maxRedeemablePoints, pointsFor, takeBackFor, tierFor } from "../rules"
import { centavosToPesos, pesosToCentavos } from "../../admin/lib/pesos"
import { multiplierText, tierMail } from "../../mail/tier-mail"

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

describe("peso amounts typed on the admin's Loyalty page", () => {
  it("parses the decimal string to centavos exactly and refuses what is not an amount", () => {
    expect(["0.50", "0.5", "1,299.99", "₱100", " 20000 ", "0.07", "10.10"].map(pesosToCentavos)).toEqual([50, 50, 129_999, 10_000, 2_000_000, 7, 1_010])
    // 0.29 and 1.15 are where a float's × 100 drifts (28.999…, 114.999…).
    expect([pesosToCentavos("0.29"), pesosToCentavos("1.15"), pesosToCentavos("4.35")]).toEqual([29, 115, 435])
    expect(["", "abc", "1.234", "-5", "1,29.00", "1e3"].map(pesosToCentavos)).toEqual([null, null, null, null, null, null])
    expect([50, 10_000, 7, 129_999].map(centavosToPesos)).toEqual(["0.50", "100.00", "0.07", "1299.99"])
  })
})

describe("the tier e-mail", () => {
  it("names the new tier and its benefits, the multiplier without float noise", () => {
    expect([100, 110, 125, 150, 205].map(multiplierText)).toEqual(["1", "1.1", "1.25", "1.5", "2.05"])
    const mail = tierMail({ customer_name: "Lina", from: "Bronze", to: "Gold", earn_multiplier_percent: 125, spend_per_point: 10_000, point_value: 50, up: true, store_name: "Shop" })
    expect(mail.subject).toBe("Welcome to Gold: your new loyalty tier")
    expect(mail.text).toContain("you earn 1.25 points for every ₱100 you spend")
    expect(mail.text).toContain("Each point is worth ₱0.50")
  })
})

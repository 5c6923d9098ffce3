import { meetsRule } from "../steps/decide-frequent-members"

const rule = { id: "cfrule_1", enabled: true, min_purchases: 5, min_spend: 2_000_000, currency_code: "php", months: 12, match: "any" as const }
const figures = (purchases: number, spend: number) => ({ customer_id: "cus_1", purchases, spend })

describe("the frequent-customer rule", () => {
  it("'any' needs one threshold, 'all' every threshold set", () => {
    expect(meetsRule(rule, figures(5, 0))).toBe(true)
    expect(meetsRule(rule, figures(1, 2_000_000))).toBe(true)
    expect(meetsRule(rule, figures(4, 1_999_999))).toBe(false)
    expect(meetsRule({ ...rule, match: "all" }, figures(5, 1_999_999))).toBe(false)
    expect(meetsRule({ ...rule, match: "all" }, figures(5, 2_000_000))).toBe(true)
  })

  it("a threshold left null is not part of the rule; no thresholds, a disabled rule or no purchases meet nothing", () => {
    expect(meetsRule({ ...rule, min_spend: null, match: "all" }, figures(5, 0))).toBe(true)
    expect(meetsRule({ ...rule, min_purchases: null, min_spend: null }, figures(99, 99_000_000))).toBe(false)
    expect(meetsRule({ ...rule, enabled: false }, figures(99, 99_000_000))).toBe(false)
    expect(meetsRule(null, figures(99, 99_000_000))).toBe(false)
    expect(meetsRule(rule, undefined)).toBe(false)
  })
})

import { fromMinor, markupPrice, roundPrice, toScaled } from "../markup"

/** Rounds a major-unit decimal string in PHP (2 digits) and gives the result back as a string. */
const r = (value: string, rounding: Parameters<typeof roundPrice>[2], digits = 2) =>
  fromMinor(roundPrice(toScaled(value, 6), 10n ** BigInt(6 - digits), rounding, digits), digits)

describe("roundPrice", () => {
  it.each([
    ["1234.564", "1234.56"],
    ["1234.565", "1234.57"],
    ["0.004", "0"],
  ])("none: %s → %s (nearest centavo, ties up)", (v, out) => expect(r(v, "none")).toBe(out))

  it.each([
    ["1234.49", "1234"],
    ["1234.5", "1235"],
    ["0.4", "0"],
  ])("peso: %s → %s", (v, out) => expect(r(v, "peso")).toBe(out))

  it.each([
    ["1234.24", "1234"],
    ["1234.25", "1234.5"],
    ["1234.74", "1234.5"],
    ["1234.75", "1235"],
  ])("half: %s → %s", (v, out) => expect(r(v, "half")).toBe(out))

  it.each([
    ["1295", "1299"],
    ["1293", "1289"],
    ["1294", "1299"], // equally far from 1,289 and 1,299: up
    ["1300", "1299"],
    ["1304", "1309"],
    ["799.4", "799"],
    ["3", "9"], // never below 9
    ["0", "9"],
  ])("nine: %s → %s (nearest price ending in 9)", (v, out) => expect(r(v, "nine")).toBe(out))

  it.each([
    ["1232", "1230"],
    ["1232.5", "1235"],
    ["1237.49", "1235"],
    ["2", "0"],
  ])("five: %s → %s", (v, out) => expect(r(v, "five")).toBe(out))

  it("half rounds as peso in a currency without a minor unit", () => {
    expect(r("1234.5", "half", 0)).toBe("1235")
  })
})

describe("markupPrice", () => {
  const percent = (value: string, rounding: Parameters<typeof roundPrice>[2] = "none") => ({ kind: "percent" as const, value, rounding })

  it("cost × (1 + markup) × (1 + VAT), rounded once", () => {
    // 1,000 × 1.355 = 1,355 net; × 1.12 = 1,517.60 gross
    expect(markupPrice("1000", percent("35.5"), "0", "php")).toBe("1355")
    expect(markupPrice("1000", percent("35.5"), "12", "php")).toBe("1517.6")
    expect(markupPrice("1000", percent("35.5", "nine"), "12", "php")).toBe("1519")
  })

  it("is exact where floats are not", () => {
    // 0.1 + 0.2 style: 1,000.10 × 1.10 = 1,100.11 exactly
    expect(markupPrice("1000.10", percent("10"), "0", "php")).toBe("1100.11")
  })

  it("adds a fixed markup before VAT", () => {
    expect(markupPrice("800", { kind: "fixed", value: "199.50", rounding: "none" }, "0", "php")).toBe("999.5")
    expect(markupPrice("800", { kind: "fixed", value: "200", rounding: "peso" }, "12", "php")).toBe("1120")
  })

  it("keeps JPY whole", () => {
    expect(markupPrice("1001", percent("33.3"), "0", "jpy")).toBe("1334")
  })

  it("refuses more decimals than allowed", () => {
    expect(() => toScaled("1.005", 2)).toThrow("more than 2 decimals")
    expect(toScaled("1.500", 2)).toBe(150n)
  })
})

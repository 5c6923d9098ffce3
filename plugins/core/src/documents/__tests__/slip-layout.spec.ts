import { slipCenter, slipMoney, slipRow, slipWrap } from "../slip-layout"

describe("42-column slips", () => {
  it("puts a label and a value on one line, the label cut to leave the value whole", () => {
    expect(slipRow("Amount paid", "PHP 1,000.00")).toBe(`Amount paid${" ".repeat(19)}PHP 1,000.00`)
    expect(slipRow("A label much too long to fit beside its value", "PHP 12,345.50")).toHaveLength(42)
    expect(slipRow("A label much too long to fit beside its value", "PHP 12,345.50")).toMatch(/ PHP 12,345\.50$/)
  })

  it("wraps free text at word boundaries and cuts a word longer than a line", () => {
    expect(slipWrap("Screen flickers after the last update, worse when the phone is warm")).toEqual([
      "Screen flickers after the last update,",
      "worse when the phone is warm",
    ])
    expect(slipWrap("a".repeat(50) + " b", 42)).toEqual(["a".repeat(42), "a".repeat(8) + " b"])
    expect(slipWrap("  ")).toEqual([])
    expect(slipWrap("one two three", 7)).toEqual(["one two", "three"])
  })

  it("centres within 42 columns and writes exact amounts with separators and the currency's code", () => {
    expect(slipCenter("Z REPORT #3")).toBe(" ".repeat(15) + "Z REPORT #3")
    expect(slipMoney("1234567.05")).toBe("PHP 1,234,567.05")
    expect(slipMoney("-20.00")).toBe("PHP -20.00")
    expect(slipMoney("0.00", "usd")).toBe("USD 0.00")
  })
})

import { ean13, gtinCheckDigit, isValidGtin } from "../barcode"

describe("GTIN check digits", () => {
  it("computes the check digit of known EAN-13 and UPC-A codes", () => {
    expect(ean13("400638133393")).toBe("4006381333931")
    expect(ean13("480000000001")).toMatch(/^480000000001\d$/)
    expect(gtinCheckDigit("03600029145")).toBe(2) // UPC-A 036000291452
  })

  it("accepts valid codes and refuses a single wrong digit or transposition", () => {
    expect(isValidGtin("4006381333931")).toBe(true)
    expect(isValidGtin("036000291452")).toBe(true)
    expect(isValidGtin("96385074")).toBe(true)
    expect(isValidGtin("4006381333932")).toBe(false)
    expect(isValidGtin("4006381339331")).toBe(false)
    expect(isValidGtin("40063813339")).toBe(false)
    expect(isValidGtin("400638133393a")).toBe(false)
  })

  it("refuses malformed bodies with a message", () => {
    expect(() => ean13("12345")).toThrow("12 digits")
    expect(() => gtinCheckDigit("12a")).toThrow("digits only")
  })
})

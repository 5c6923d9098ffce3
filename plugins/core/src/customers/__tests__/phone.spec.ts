import { normalizePhone, normalizedOrNull } from "../phone"

describe("normalizePhone", () => {
  it("reads every way a Philippine mobile number is typed as one E.164 number", () => {
    for (const typed of ["0917 123 4567", "09171234567", "+63 917 123 4567", "639171234567", "+63-917-123-4567", "(0917) 123.4567", "0063 917 123 4567"]) {
      expect(normalizePhone(typed)).toBe("+639171234567")
    }
    expect(normalizePhone("9171234567")).toBe("+639171234567")
  })

  it("reads landlines and other countries' numbers written with their calling code", () => {
    expect(normalizePhone("(02) 8123 4567")).toBe("+63281234567")
    expect(normalizePhone("+1 415 555 0100")).toBe("+14155550100")
  })

  it("refuses garbage with a message that says why", () => {
    for (const bad of ["", "call me", "0917 123 456", "0917 123 45678", "+63 817", "0917-CALL-NOW", "+0 123"]) {
      expect(() => normalizePhone(bad)).toThrow(/is not a phone number: /)
    }
    expect(normalizedOrNull("n/a")).toBeNull()
    expect(normalizedOrNull("0917 123 4567")).toBe("+639171234567")
  })
})

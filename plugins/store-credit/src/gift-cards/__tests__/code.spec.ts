import { formatGiftCardCode, isGiftCardCode, newGiftCardCode, normalizeGiftCardCode } from "../code"

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

describe("gift card codes", () => {
  it("are 17 characters of Crockford's base 32 whose last checks the rest, and do not repeat", () => {
    const codes = Array.from({ length: 2000 }, newGiftCardCode)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{17}$/)
      expect(isGiftCardCode(code)).toBe(true)
    }
  })

  it("catches every single mistyped character and every swap of two neighbours but 0 and Z (Luhn's blind spot)", () => {
    for (const code of Array.from({ length: 50 }, newGiftCardCode)) {
      for (let i = 0; i < code.length; i++) {
        for (const c of ALPHABET) if (c !== code[i]) expect(isGiftCardCode(code.slice(0, i) + c + code.slice(i + 1))).toBe(false)
        if (i + 1 < code.length && code[i] !== code[i + 1] && !/^(0Z|Z0)$/.test(code[i] + code[i + 1])) {
          expect(isGiftCardCode(code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2))).toBe(false)
        }
      }
    }
  })

  it("reads a code as printed or typed loosely, and refuses what is not a code", () => {
    const code = newGiftCardCode()
    const printed = formatGiftCardCode(code)
    expect(printed).toMatch(/^(\w{4}-){4}\w$/)
    expect(normalizeGiftCardCode(` ${printed.toLowerCase()} `)).toBe(code)
    expect(normalizeGiftCardCode("o1l-i")).toBe("0111")
    expect(isGiftCardCode(code.slice(0, -1))).toBe(false)
    expect(isGiftCardCode(`${code}0`)).toBe(false)
    expect(isGiftCardCode("U".repeat(17))).toBe(false)
  })
})

import { findCardNumber, findCardNumberIn, maskCardNumbers } from "../card-number"

// The usual test card numbers of each network, as people type them.
export const TEST_CARDS = [
  "4111 1111 1111 1111",
  "4242-4242-4242-4242",
  "5555.5555.5555.4444",
  "3782 822463 10005",
  "2223 0031 2200 3222",
  "6011 1111 1111 1117",
  "3530 1113 3330 0000",
  "3056 9309 0259 04",
  "6200 0000 0000 0005",
  "4000056655665556",
]

describe("card-number detector", () => {
  it("finds every test card number, with or without separators, alone or inside text", () => {
    for (const card of TEST_CARDS) {
      // Masked to its last four digits, separators kept.
      const digits = card.replace(/\D/g, "")
      expect([card, findCardNumber(card)?.replace(/[^\d*]/g, "")]).toEqual([card, "*".repeat(digits.length - 4) + digits.slice(-4)])
      expect([card, findCardNumber(card.replace(/\D/g, ""))]).toEqual([card, expect.any(String)])
      expect([card, findCardNumber(`paid with ${card} at 10:42`)]).toEqual([card, expect.any(String)])
    }
  })

  it("finds a card number beside other digits and in full-width digits", () => {
    expect(findCardNumber("qty 2 - 4111 1111 1111 1111 - ok")).toBe("**** **** **** 1111")
    expect(findCardNumber("4111 1111 1111 1111 1234")).toBe("**** **** **** 1111")
    expect(findCardNumber("４１１１１１１１１１１１１１１１")).toBe("************1111")
  })

  it("leaves numbers that fail the Luhn check or a card's shape alone", () => {
    const notCards = [
      "4111 1111 1111 1112", // one digit off
      "+63 917 123 4567", // a phone number
      "0917-123-4567",
      "SN 8812 3456 7890 1234", // a serial number that fails Luhn
      "490154203237518", // an IMEI (15 digits, passes Luhn)
      "4800000000017", // an EAN-13 barcode
      "1733400000000", // a timestamp in ms
      "41111111111111111111111", // 23 digits in a row: not a card number as written
      "PHP 1,234,567.89",
    ]
    for (const text of notCards) expect([text, findCardNumber(text)]).toEqual([text, null])
  })

  it("masks all but the last four digits and keeps the rest of the text", () => {
    expect(maskCardNumbers("ref 4242-4242-4242-4242, auth 123456")).toBe("ref ****-****-****-4242, auth 123456")
    expect(maskCardNumbers("two: 5555.5555.5555.4444 and 3782 822463 10005")).toBe("two: ****.****.****.4444 and **** ****** *0005")
    expect(maskCardNumbers("no card here 0917 123 4567")).toBe("no card here 0917 123 4567")
  })

  it("looks inside JSON: keys, strings and numbers", () => {
    expect(findCardNumberIn({ terminal: { pan: 4111111111111111 } })).toBe("************1111")
    expect(findCardNumberIn({ "4111111111111111": true })).toBe("************1111")
    expect(findCardNumberIn([{ a: ["x", "5555 5555 5555 4444"] }])).toBe("**** **** **** 4444")
    expect(findCardNumberIn({ terminal_id: "T-0042", auth: "A1B2C3" })).toBeNull()
  })
})

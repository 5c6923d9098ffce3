import { containsNul } from "../nul-characters"

describe("containsNul", () => {
  it("finds a NUL in a string, a nested value or a key, and nothing in ordinary text", () => {
    expect([containsNul("a\u0000b"), containsNul({ a: [{ b: "\u0000" }] }), containsNul({ ["k\u0000"]: 1 })]).toEqual([true, true, true])
    expect([containsNul("𝟘 \uffff %00"), containsNul({ a: [1, null, { b: "ok" }] }), containsNul(undefined)]).toEqual([false, false, false])
  })
})

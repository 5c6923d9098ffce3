import { isValidGtin } from "@kassa/core/kit"
import { allocateCodes } from "../allocate"
import { capacityOf, codeAt, codesBetween, INTERNAL_PREFIX, prefixOf } from "../numbering"

/** A sequence in memory, reserving ranges as the module's upsert does. */
function sequence() {
  const last = new Map<string, number>()
  return (prefix: string, count: number) => {
    last.set(prefix, (last.get(prefix) ?? 0) + count)
    return Promise.resolve(last.get(prefix)!)
  }
}
const nothingTaken = () => Promise.resolve(new Set<string>())

describe("barcode numbering", () => {
  it("builds EAN-13s from the prefix, a zero-padded counter and the right check digit", () => {
    // GS1's own example: 400638133393 → check digit 1.
    expect(codeAt("4006381", 33393)).toBe("4006381333931")
    expect(codeAt("480", 1)).toBe("4800000000019")
    for (const code of codesBetween("480", 1, 200)) {
      expect(code).toMatch(/^480\d{10}$/)
      expect(isValidGtin(code)).toBe(true)
    }
    // Any wrong check digit is refused by the validator: the digit is not decoration.
    const good = codeAt("480", 42)
    for (let d = 0; d <= 9; d++) if (String(d) !== good[12]) expect(isValidGtin(good.slice(0, 12) + d)).toBe(false)
  })

  it("numbers internally with prefix 2 when the store has no GS1 prefix", () => {
    expect(prefixOf({ gs1_prefix: null })).toBe(INTERNAL_PREFIX)
    expect(prefixOf({ gs1_prefix: "480" })).toBe("480")
    expect(codeAt(INTERNAL_PREFIX, 7)).toMatch(/^200000000007\d$/)
    expect(isValidGtin(codeAt(INTERNAL_PREFIX, 7))).toBe(true)
  })

  it("refuses numbers the prefix has no room for", () => {
    expect(capacityOf("480")).toBe(999_999_999)
    expect(capacityOf("48012345678")).toBe(9)
    expect(() => codeAt("48012345678", 10)).toThrow(/used up/)
    expect(() => codeAt("480", 0)).toThrow()
  })

  it("hands out consecutive codes and never the same one twice", async () => {
    const reserve = sequence()
    const first = await allocateCodes(reserve, { gs1_prefix: "480" }, 3, nothingTaken)
    const second = await allocateCodes(reserve, { gs1_prefix: "480" }, 2, nothingTaken)
    expect(first).toEqual(codesBetween("480", 1, 3))
    expect(second).toEqual(codesBetween("480", 4, 5))
  })

  it("skips codes a variant already carries, and reserves more in their place", async () => {
    const taken = new Set([codeAt("480", 2), codeAt("480", 3), codeAt("480", 5)])
    const asked: string[][] = []
    const codes = await allocateCodes(sequence(), { gs1_prefix: "480" }, 4, (candidates) => {
      asked.push(candidates)
      return Promise.resolve(new Set(candidates.filter((c) => taken.has(c))))
    })
    expect(codes).toEqual([1, 4, 6, 7].map((n) => codeAt("480", n)))
    expect(codes.some((c) => taken.has(c))).toBe(false)
    // Each round asks only for what is still missing.
    expect(asked.map((a) => a.length)).toEqual([4, 2, 1])
  })

  it("keeps a sequence per prefix: switching back continues where it stopped", async () => {
    const reserve = sequence()
    await allocateCodes(reserve, { gs1_prefix: "480" }, 2, nothingTaken)
    expect(await allocateCodes(reserve, { gs1_prefix: null }, 1, nothingTaken)).toEqual([codeAt("2", 1)])
    expect(await allocateCodes(reserve, { gs1_prefix: "480" }, 1, nothingTaken)).toEqual([codeAt("480", 3)])
  })
})

import { inScanOrder } from "../../sale/scan-order"
import { renderReceiptHtml, renderReceiptText } from "../index"
import type { ReceiptData } from "../types"
import { receipt } from "./fixture"

// A branch whose header text restates its name and TIN, as the demo's did, and a held sale.
const held: ReceiptData = {
  ...receipt,
  goods_held: true,
  branch: { ...receipt.branch, header: `GALOS GADGET HUB\n${receipt.branch.name}\nVAT Reg. TIN ${receipt.branch.tax_id}` },
}

const occurrences = (text: string, fact: string) => text.split(fact).length - 1

const layouts = {
  text: renderReceiptText(held),
  thermal: renderReceiptHtml(held, { layout: "thermal" }),
  a4: renderReceiptHtml(held, { layout: "a4" }),
}

describe.each(Object.entries(layouts))("the %s receipt's layout", (_, printed) => {
  it("prints each header fact once", () => {
    const name = printed.includes("&amp;") ? receipt.branch.name.replace("&", "&amp;") : receipt.branch.name
    expect(occurrences(printed, name)).toBe(1)
    expect(occurrences(printed, receipt.branch.tax_id!)).toBe(1)
    expect(occurrences(printed, "GALOS GADGET HUB")).toBe(1)
    expect(occurrences(printed, "+63 2 8123 4567")).toBe(1)
  })

  it("prints the change once", () => {
    expect(printed.match(/change/gi)).toHaveLength(1)
    expect(occurrences(printed, "₱261.00")).toBe(1)
  })

  it("prints the lines in the order of the data", () => {
    const positions = ["Samsung Galaxy A15", "USB-C Charger 25W", "Tempered glass screen protector"].map((title) => printed.indexOf(title))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it("prints the held notice below the whole header, before the sale's details", () => {
    const notice = printed.indexOf("GOODS HELD until the sale is approved")
    expect(occurrences(printed, "GOODS HELD")).toBe(1)
    for (const header of ["TIN 009-123-456-00000", "GALOS GADGET HUB", "Tel. +63 2 8123 4567"]) {
      expect(printed.indexOf(header)).toBeLessThan(notice)
    }
    expect(notice).toBeLessThan(printed.indexOf("Maria Santos"))
  })
})

it("the thermal HTML sets the held notice apart in a block of its own", () => {
  expect(layouts.thermal).toMatch(/<\/header>\s*<hr>\s*<section class="notice" role="note">\s*<p>GOODS HELD until the sale is approved<\/p>\s*<\/section>/)
  expect(layouts.a4).toMatch(/<\/header>\s*<section class="notice" role="note">\s*<p>GOODS HELD until the sale is approved<\/p>\s*<\/section>/)
})

it("the text receipt rules the held notice off above and below", () => {
  const lines = layouts.text.split("\n")
  const at = lines.findIndex((line) => line.includes("GOODS HELD"))
  expect(lines[at - 1]).toMatch(/^-+$/)
  expect(lines[at + 1]).toMatch(/^-+$/)
})

it("a header line that says something else is kept", () => {
  const text = renderReceiptText({ ...receipt, branch: { ...receipt.branch, header: "Open daily 10 AM to 9 PM" } })
  expect(text).toContain("Open daily 10 AM to 9 PM")
})

describe("inScanOrder", () => {
  const item = (line: string | null) => ({ title: line ?? "extra", metadata: line ? { kassa_line_id: line } : null })

  it("orders a sale's items as their ticket lines were scanned", () => {
    const items = [item("ptln_c"), item("ptln_a"), item(null), item("ptln_b")]
    expect(inScanOrder(items, ["ptln_a", "ptln_b", "ptln_c"]).map((i) => i.title)).toEqual(["ptln_a", "ptln_b", "ptln_c", "extra"])
  })
})

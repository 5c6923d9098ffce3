import type { MedusaContainer } from "@medusajs/framework/types"
import { renderReceiptText } from ".."
import { defineReceiptLineNotes, receiptLineNotes, type NoteLine } from "../line-notes"
import { receipt } from "./fixture"

describe("receipt line notes", () => {
  const context = { container: {} as MedusaContainer, order_id: "order_1", stock_location_id: "sloc_1" }
  const lines: NoteLine[] = [
    { line_id: "ptln_1", product_id: "prod_phone", variant_id: "variant_1", sku: "A", serial_numbers: ["SN1"] },
    { line_id: null, product_id: null, variant_id: null, sku: "B", serial_numbers: [] },
  ]

  it("gathers every plugin's note per line, in the lines' order, leaving out nulls", async () => {
    defineReceiptLineNotes(async (ls) => ls.map((l) => (l.serial_numbers.length ? "30-day repair" : null)))
    defineReceiptLineNotes(async (ls) => ls.map((l) => `SKU ${l.sku} noted`))
    expect(await receiptLineNotes(lines, context)).toEqual([["30-day repair", "SKU A noted"], ["SKU B noted"]])
  })

  it("prints a line's notes under it", () => {
    const noted = { ...receipt, lines: receipt.lines.map((l, i) => (i === 0 ? { ...l, notes: ["Warranty: 30-day repair, 7-day replacement"] } : l)) }
    const text = renderReceiptText(noted)
    expect(text).toContain("Warranty: 30-day repair, 7-day")
    expect(text.indexOf("Warranty: 30-day repair")).toBeLessThan(text.indexOf("USB-C Charger 25W"))
  })
})

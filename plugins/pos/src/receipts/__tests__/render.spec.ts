import { inflateSync } from "node:zlib"
import { renderReceiptHtml, renderReceiptPdf, renderReceiptText } from ".."
import { moneyFormatter } from "../format"
import { winAnsi } from "../pdf"
import { receipt } from "./fixture"

/** The text drawn on a pdfkit page: content streams inflated, strings as pdfkit's hex. */
function pdfContent(pdf: Buffer): string {
  const raw = pdf.toString("latin1")
  const streams = [...raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)]
  return streams
    .map(([, body]) => {
      try {
        return inflateSync(Buffer.from(body, "latin1")).toString("latin1")
      } catch {
        return body
      }
    })
    .join("\n")
}

const hex = (text: string) => Buffer.from(text, "latin1").toString("hex")

describe("receipt amounts", () => {
  it("formats decimal strings exactly, beyond what a float can hold", () => {
    const money = moneyFormatter("php", "symbol")
    expect(money("1299.50")).toBe("₱1,299.50")
    expect(money("12345678901234567.89")).toBe("₱12,345,678,901,234,567.89")
    expect(money("-200.00")).toBe("-₱200.00")
    expect(moneyFormatter("php", "code")("1299.50")).toBe("PHP 1,299.50")
  })

  it("refuses anything that is not a decimal string", () => {
    const money = moneyFormatter("php", "symbol")
    expect(() => money("1e3")).toThrow(/not a decimal/)
    expect(() => money("1,299.50")).toThrow(/not a decimal/)
  })
})

describe.each(["thermal", "a4"] as const)("%s HTML receipt", (layout) => {
  const html = renderReceiptHtml(receipt, { layout })

  it("is a standalone, print-ready document", () => {
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain("@page")
    expect(html).toContain(layout === "thermal" ? "width: 80mm" : "size: A4")
    expect(html).not.toMatch(/<(link|script)\b/i)
  })

  it("escapes text from the data", () => {
    expect(html).toContain("Samsung Galaxy A15 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    expect(html).toContain("Kassa Mobile &amp; Gadgets")
  })

  it("shows the sale in the branch's time zone", () => {
    expect(html).toContain("Mar 5, 2025, 2:30 PM")
  })

  it("shows the branch, the people and every line", () => {
    for (const text of [
      "MEGA-R1-000123",
      "TIN 009-123-456-00000",
      "Tel. +63 2 8123 4567",
      "Open daily 10 AM to 9 PM",
      "Counter 1 (R1)",
      "Maria Santos",
      "Jun Reyes",
      "Juan dela Cruz · 0917 123 4567 · juan@example.com",
      "128GB / Black",
      "SKU SM-A155F-BLK",
      "S/N R58W30ABCDE",
      "₱9,990.00",
      "Line discount",
      "-₱500.00",
      "₱9,490.00",
      "₱1,299.50",
      "₱2,599.00",
    ]) {
      expect(html).toContain(text)
    }
  })

  it("shows discounts, VAT, total, tenders and change", () => {
    for (const text of [
      "₱12,939.00",
      "Payday promo ₱200 off",
      "-₱200.00",
      "-₱700.00",
      "₱12,239.00",
      "VATable sales",
      "₱10,927.68",
      "VAT 12%",
      "₱1,311.32",
      "Ref. Visa 4242 auth 123456",
      "₱10,000.00",
      "₱2,239.00",
      "Tendered",
      "₱2,500.00",
      "₱261.00",
    ]) {
      expect(html).toContain(text)
    }
  })

  it("ends with the footer, the warranty terms and a barcode of the receipt number", () => {
    expect(html).toContain("This serves as your Sales Invoice.")
    expect(html).toContain("POS accreditation no. FP012025-123-0000001-00000")
    expect(html).toContain("keep this receipt for claims.")
    expect(html).toMatch(/<figure class="barcode"><svg [^>]*viewBox="[^"]+"[\s\S]*<path[\s\S]*<\/svg>\s*<figcaption>MEGA-R1-000123<\/figcaption>/)
  })

  it("prints a plugin's codes (a gift card's) as barcodes under the receipt number's, each captioned", () => {
    const withCodes = renderReceiptHtml({ ...receipt, codes: [{ label: "Gift card", value: "ABCD-EFGH-JKMN-PQRS-T" }] }, { layout })
    expect(withCodes.match(/<figure class="barcode">/g)).toHaveLength(2)
    expect(withCodes.indexOf("<figcaption>Gift card ABCD-EFGH-JKMN-PQRS-T</figcaption>")).toBeGreaterThan(withCodes.indexOf("<figcaption>MEGA-R1-000123</figcaption>"))
  })
})

describe.each(["thermal", "a4"] as const)("%s PDF receipt", (layout) => {
  let pdf: Buffer
  beforeAll(async () => {
    pdf = await renderReceiptPdf(receipt, { layout })
  })

  it("is a PDF titled with the receipt number, with the barcode image", () => {
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdf.length).toBeGreaterThan(3000)
    expect(pdf.toString("latin1")).toContain("(Receipt MEGA-R1-000123)")
    expect(pdf.toString("latin1")).toMatch(/\/Subtype \/Image/)
  })

  it("has the page size of its layout, on one page", () => {
    const raw = pdf.toString("latin1")
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1)
    expect(raw).toMatch(layout === "thermal" ? /\/MediaBox \[0 0 226\.77 \d+/ : /\/MediaBox \[0 0 595\.28 841\.89\]/)
  })

  it("prints a plugin's codes as captioned barcodes under the receipt number's, still on one page", async () => {
    const withCodes = await renderReceiptPdf({ ...receipt, codes: [{ label: "Gift card", value: "ABCD-EFGH-JKMN-PQRS-T" }] }, { layout })
    const raw = withCodes.toString("latin1")
    // One more image than the receipt alone (each image may come with its transparency mask).
    const images = (pdfBytes: Buffer) => pdfBytes.toString("latin1").match(/\/Subtype \/Image/g)!.length
    expect(images(withCodes)).toBe(2 * images(pdf))
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(1)
    expect(pdfContent(withCodes)).toContain(hex("Gift card ABCD-EFGH-JKMN-PQRS-T"))
  })

  it("prints the receipt number and amounts with the currency code", () => {
    const content = pdfContent(pdf)
    expect(content).toContain(hex("MEGA-R1-000123"))
    // Helvetica kerns some pairs apart, Courier never: whole amounts are only searchable there.
    if (layout === "thermal") {
      expect(content).toContain(hex("PHP 12,239.00"))
      expect(content).toContain(hex("Payday promo PHP 200 off"))
    }
  })
})

describe("a long sale", () => {
  const line = receipt.lines[1]
  const long = { ...receipt, lines: Array.from({ length: 80 }, (_, index) => ({ ...line, title: `Accessory ${index + 1}` })) }

  it("continues an A4 invoice on further pages", async () => {
    const pdf = (await renderReceiptPdf(long, { layout: "a4" })).toString("latin1")
    expect(pdf.match(/\/Type \/Page\b/g)!.length).toBeGreaterThan(1)
  })

  it("lengthens the thermal page instead of breaking it", async () => {
    const pdf = (await renderReceiptPdf(long, { layout: "thermal" })).toString("latin1")
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1)
    const [, height] = pdf.match(/\/MediaBox \[0 0 226\.77 ([\d.]+)\]/)!
    expect(Number(height)).toBeGreaterThan(2000)
  })
})

describe("tax-exclusive prices", () => {
  it("adds the VAT above the total it makes up", () => {
    const lines = renderReceiptText({ ...receipt, tax_inclusive: false }).split("\n")
    const vat = lines.findIndex((line) => line.includes("VAT 12%"))
    const total = lines.findIndex((line) => line.startsWith("TOTAL"))
    expect(vat).toBeGreaterThan(-1)
    expect(vat).toBeLessThan(total)
  })
})

describe("PDF text", () => {
  it("keeps WinAnsi characters and replaces the rest", () => {
    expect(winAnsi("Doña — ₱200 off")).toBe("Doña — PHP 200 off")
    expect(winAnsi("手机 case")).toBe("?? case")
  })
})

describe("plain-text receipt", () => {
  const text = renderReceiptText(receipt)
  const lines = text.split("\n")

  it("fits a 42-column thermal printer", () => {
    for (const line of lines) {
      expect(Array.from(line).length).toBeLessThanOrEqual(42)
      expect(line).toBe(line.trimEnd())
    }
  })

  it("holds the same content as the printed receipt", () => {
    expect(text).toContain("Receipt no.: MEGA-R1-000123")
    expect(text).toContain("Date: Mar 5, 2025, 2:30 PM")
    expect(text).toContain('<script>alert("x")</script>')
    expect(text).toContain("S/N R58W30ABCDE")
    expect(lines).toContain("  2 × ₱1,299.50                  ₱2,599.00")
    expect(lines).toContain("TOTAL                           ₱12,239.00")
    expect(lines).toContain("  VAT 12%                        ₱1,311.32")
    expect(lines).toContain("CHANGE                             ₱261.00")
    expect(text).toContain("keep this receipt for claims.")
  })
})

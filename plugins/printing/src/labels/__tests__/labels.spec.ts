import { PNG } from "pngjs"
import { labelBarcodePng, symbologyOf } from "../barcode-image"
import { labelBytes } from "../escpos"
import { formatPrice, type Label } from "../label-data"
import { LABEL_DPI, MODULE_PX } from "../layout"
import { labelsPdf } from "../pdf"

const label = (code: string, over: Partial<Label> = {}): Label => ({
  variant_id: "variant_1",
  code,
  brand: "Samsung",
  title: "Galaxy Buds3 Pro",
  options: "Silver",
  price: "PHP 12,990.00",
  ...over,
})

describe("labels", () => {
  // Decoding the bars back to the code (zxing) is in integration-tests/http/printing-labels.spec.ts.
  it("draws the barcode at 4 dots a module for 300 DPI, quiet zones included, within the label", async () => {
    for (const code of ["4800000000019", "4809000000012", "2000000000077"]) {
      const { width } = PNG.sync.read(await labelBarcodePng(code))
      // 95 modules and 11 of quiet zone each side, 4 pixels each; 0.339 mm a module at 300 DPI.
      expect(width).toBeGreaterThanOrEqual((95 + 22) * MODULE_PX)
      expect((width / LABEL_DPI) * 25.4).toBeLessThan(51)
    }
  })

  it("renders a 55 × 25 mm PDF page per label, each code's image embedded once", async () => {
    const pdf = await labelsPdf([label("4800000000019"), label("4800000000019"), label("4809000000012", { options: "", price: null, brand: null })])
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    const text = pdf.toString("latin1")
    expect(text.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3)
    expect(text).toMatch(/\/MediaBox \[0 0 155\.9\d* 70\.8\d*\]/)
    // Two codes: two colour images (each with bwip-js's alpha channel as a mask beside it).
    expect(text.match(/\/ColorSpace \/DeviceRGB/g)).toHaveLength(2)
  })

  it("sends ESC/POS with the printer's EAN-13 command and a cut per label", () => {
    const bytes = Buffer.from(labelBytes([label("4800000000019"), label("4809000000012")], { columns: 32, codePage: null, cutter: true }))
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40]))
    expect(bytes.indexOf(Buffer.from("Galaxy Buds3 Pro"))).toBeGreaterThan(0)
    expect(bytes.indexOf(Buffer.from("PHP 12,990.00"))).toBeGreaterThan(0)
    const gsK = [...bytes.entries()].filter(([i, b]) => b === 0x1d && bytes[i + 1] === 0x6b).length
    expect(gsK).toBe(2)
    expect(bytes.indexOf(Buffer.from("480000000001"))).toBeGreaterThan(0)
  })

  it("draws a valid GTIN as EAN-13 or UPC-A, and any other code (a wrong check digit, an SKU) as Code 128", () => {
    expect(symbologyOf("4809000000012")).toBe("ean13")
    expect(symbologyOf("036000291452")).toBe("upca")
    expect(symbologyOf("4809000000010")).toBe("code128")
    expect(symbologyOf("CASE-BLK")).toBe("code128")
  })

  it("prints prices exactly, with the currency's code", () => {
    expect(formatPrice(12990, "php")).toBe("PHP 12,990.00")
    expect(formatPrice("1299.5", "php")).toBe("PHP 1,299.50")
    expect(formatPrice(0.1 + 0.2, "php")).toBe("PHP 0.30")
  })
})

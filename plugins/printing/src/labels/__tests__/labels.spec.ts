import { PNG } from "pngjs"
import { decodeBarcode, decodeBarcodePng, pdfImages, pdfPageCount } from "../../../../../integration-tests/helpers/decode-barcode"
import { labelBarcodePng } from "../barcode-image"
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
  it("draws a barcode that decodes back to its code, at 4 dots a module for 300 DPI", async () => {
    for (const code of ["4800000000019", "4809000000010", "2000000000077"]) {
      const png = await labelBarcodePng(code)
      expect(decodeBarcodePng(png)).toBe(code)
      const { width } = PNG.sync.read(png)
      // 95 modules and 11 of quiet zone each side, 4 pixels each; 0.339 mm a module at 300 DPI.
      expect(width).toBeGreaterThanOrEqual((95 + 22) * MODULE_PX)
      expect((width / LABEL_DPI) * 25.4).toBeLessThan(51)
    }
  })

  it("renders a 55 × 25 mm PDF page per label, whose embedded barcodes decode to the codes", async () => {
    const pdf = await labelsPdf([label("4800000000019"), label("4800000000019"), label("4809000000010", { options: "", price: null, brand: null })])
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdfPageCount(pdf)).toBe(3)
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 155\.9\d* 70\.8\d*\]/)
    // Each code embedded once, however many copies.
    const images = pdfImages(pdf)
    expect(images.map((i) => decodeBarcode(i.grey, i.width, i.height)).sort()).toEqual(["4800000000019", "4809000000010"])
  })

  it("sends ESC/POS with the printer's EAN-13 command and a cut per label", () => {
    const bytes = Buffer.from(labelBytes([label("4800000000019"), label("4809000000010")], 32))
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40]))
    expect(bytes.indexOf(Buffer.from("Galaxy Buds3 Pro"))).toBeGreaterThan(0)
    expect(bytes.indexOf(Buffer.from("PHP 12,990.00"))).toBeGreaterThan(0)
    const gsK = [...bytes.entries()].filter(([i, b]) => b === 0x1d && bytes[i + 1] === 0x6b).length
    expect(gsK).toBe(2)
    expect(bytes.indexOf(Buffer.from("480000000001"))).toBeGreaterThan(0)
  })

  it("prints prices exactly, with the currency's code", () => {
    expect(formatPrice(12990, "php")).toBe("PHP 12,990.00")
    expect(formatPrice("1299.5", "php")).toBe("PHP 1,299.50")
    expect(formatPrice(0.1 + 0.2, "php")).toBe("PHP 0.30")
  })
})

import type { ReceiptData } from "@kassa/pos/kit"
import { receiptBytes } from "../receipt"
import { slipBytes } from "../slip"
import { testPageBytes } from "../test-page"
import { DRAWER_KICK } from "../encoder"

const sale: ReceiptData = {
  receipt_number: "MNL-202612-000042",
  order_id: "order_01TEST",
  issued_at: "2026-12-06T09:30:00.000Z",
  currency_code: "php",
  branch: { name: "Galos Gadget Hub Manila", code: "MNL", address: "123 Rizal Ave\nManila", phone: "+63 2 8123 4567", tax_id: "123-456-789-000", timezone: "Asia/Manila", header: null, footer: "Thank you!" },
  register: { code: "R1", name: "Counter 1" },
  cashier: { name: "Angelica Santos" },
  sales_agent: null,
  customer: null,
  lines: [
    { title: "USB-C Charger 65W with a rather long product name", variant_title: "White", sku: "ACC-0001", quantity: 2, unit_price: "1299.50", discounts: [], total: "2599.00", serial_numbers: [] },
  ],
  discounts: [],
  subtotal: "2599.00",
  discount_total: "0.00",
  taxes: [{ label: "VAT", rate: 12, taxable: "2320.54", amount: "278.46" }],
  tax_inclusive: true,
  total: "2599.00",
  tenders: [{ method: "cash", label: "Cash", amount: "2599.00", reference: null, tendered: "3000.00", change: "401.00" }],
  change: "401.00",
  warranty_terms: null,
}

const bytes = (b: Uint8Array) => Buffer.from(b)
/** A printer of `columns` with a cutter, on the code page each document fits. */
const roll = (columns: number) => ({ columns, codePage: null, cutter: true })
const CUT = Buffer.from([0x1d, 0x56])

describe("ESC/POS receipt", () => {
  it("initialises, prints the receipt's text, cuts, and kicks the drawer (ESC p 0 25 250) last", () => {
    const out = bytes(receiptBytes(sale, { ...roll(48), kick: true }))
    expect([...out.subarray(0, 2)]).toEqual([0x1b, 0x40])
    const text = out.toString("latin1")
    for (const expected of ["MNL-202612-000042", "Galos Gadget Hub Manila", "PHP 2,599.00", "PHP 401.00", "Thank you!"]) expect(text).toContain(expected)
    const cut = out.indexOf(Buffer.from([0x1d, 0x56]))
    expect(cut).toBeGreaterThan(text.indexOf("Thank you!"))
    expect([...out.subarray(out.length - 5)]).toEqual(DRAWER_KICK)
  })

  it("leaves the drawer shut without a kick, and marks a reprint", () => {
    const out = bytes(receiptBytes(sale, { ...roll(48), kick: false, banner: "REPRINT" }))
    expect(out.indexOf(Buffer.from(DRAWER_KICK))).toBe(-1)
    expect(out.indexOf(Buffer.from([0x1d, 0x56]))).toBeGreaterThan(0)
    expect(out.toString("latin1").indexOf("REPRINT")).toBeLessThan(out.toString("latin1").indexOf("MNL-202612-000042"))
  })

  it("prints the receipt number as CODE128 (GS k 73, {B) at the foot, before the cut", () => {
    const out = bytes(receiptBytes(sale, { ...roll(48), kick: false, banner: "CUSTOMER COPY" }))
    const code = Buffer.concat([Buffer.from([0x1d, 0x6b, 0x49, "{BMNL-202612-000042".length]), Buffer.from("{BMNL-202612-000042")])
    const at = out.indexOf(code)
    expect(at).toBeGreaterThan(out.toString("latin1").indexOf("Thank you!"))
    expect(out.indexOf(Buffer.from([0x1d, 0x56]))).toBeGreaterThan(at)
    expect(out.toString("latin1")).toContain("CUSTOMER COPY")
  })

  it("prints a plugin's codes (a gift card's) as captioned CODE128 under the receipt number, narrower bars where two dots would not fit", () => {
    const value = "ABCD-EFGH-JKMN-PQRS-T"
    const withCard = { ...sale, codes: [{ label: "Gift card", value }] }
    const code = Buffer.concat([Buffer.from([0x1d, 0x6b, 0x49, value.length + 2]), Buffer.from(`{B${value}`)])
    const barWidth = (out: Buffer, before: number) => out[out.lastIndexOf(Buffer.from([0x1d, 0x77]), before) + 2]
    for (const columns of [48, 32]) {
      const out = bytes(receiptBytes(withCard, { ...roll(columns), kick: false }))
      const at = out.indexOf(code)
      const receiptNumber = out.indexOf(Buffer.from("{BMNL-202612-000042"))
      expect(at).toBeGreaterThan(receiptNumber)
      expect(out.indexOf(Buffer.from(`Gift card ${value}`))).toBeLessThan(at)
      expect(out.indexOf(Buffer.from([0x1d, 0x56]))).toBeGreaterThan(at)
      // 80 mm: as wide as the receipt number's bars; 58 mm: narrower, to fit the roll.
      if (columns === 48) expect(barWidth(out, at)).toBe(barWidth(out, receiptNumber))
      else expect(barWidth(out, at)).toBeLessThan(barWidth(out, receiptNumber))
    }
  })

  it("prints on one code page that holds the receipt's letters: CP437 for ASCII, CP858 for ×, ñ; auto beyond", () => {
    const plain = bytes(testPageBytes({ name: "Counter 1", host: "127.0.0.1", port: 9100, paper_width: 80 }, roll(48), new Date(0)))
    expect(plain.indexOf(Buffer.from([0x1b, 0x74, 0x00]))).toBeGreaterThan(0) // ESC t 0: CP437
    const accented = bytes(receiptBytes({ ...sale, branch: { ...sale.branch, name: "Galos Gadget Hub Parañaque" } }, { ...roll(48), kick: false }))
    expect(accented.indexOf(Buffer.from([0x1b, 0x74, 19]))).toBeGreaterThan(0) // ESC t 19: CP858
    expect(accented.indexOf(Buffer.from("Galos Gadget Hub Para\xa4aque", "latin1"))).toBeGreaterThan(0) // ñ is 0xA4 there
    expect(accented.indexOf(0x9e)).toBeGreaterThan(0) // × is 0x9E
    const greek = bytes(receiptBytes({ ...sale, branch: { ...sale.branch, name: "Καφέ" } }, { ...roll(48), kick: false })).toString("latin1")
    expect(greek).not.toContain("????")
  })

  it("lays the receipt out at the roll's width: 32 columns on 58 mm, 48 on 80 mm", () => {
    for (const columns of [32, 48]) {
      const text = bytes(receiptBytes(sale, { ...roll(columns), kick: false })).toString("latin1")
      expect(text).toContain("-".repeat(columns))
      expect(text).not.toContain("-".repeat(columns + 1))
    }
  })

  it("prints a test page with a ruler as wide as the roll", () => {
    const page = bytes(testPageBytes({ name: "Counter 1", host: "127.0.0.1", port: 9100, paper_width: 58 }, roll(32), new Date("2026-12-06T00:00:00Z"))).toString("latin1")
    expect(page).toContain("KASSA TEST PAGE")
    expect(page).toContain("12345678901234567890123456789012")
    expect(page).not.toContain("123456789012345678901234567890123")
    expect(page).toContain("127.0.0.1:9100")
  })

  it("sends no cut to a printer without a cutter, and the printer's own code page when it has one", () => {
    const torn = bytes(receiptBytes(sale, { ...roll(48), cutter: false, kick: true }))
    expect(torn.indexOf(CUT)).toBe(-1)
    expect([...torn.subarray(torn.length - 5)]).toEqual(DRAWER_KICK)
    // windows1252 is page 16 of the encoder's Epson table: ESC t 16, though the text is plain ASCII.
    const cp = bytes(receiptBytes(sale, { ...roll(48), codePage: "windows1252", kick: false }))
    expect(cp.indexOf(Buffer.from([0x1b, 0x74, 16]))).toBeGreaterThan(0)
    expect(cp.indexOf(Buffer.from([0x1b, 0x74, 0x00]))).toBe(-1)
  })

  it("prints the logo as a raster image (GS v 0) above the receipt, scaled to the roll's width", () => {
    // 1000 × 100 black pixels: wider than the 576 dots of an 80 mm roll.
    const logo = { data: new Uint8Array(1000 * 100 * 4).map((_, i) => (i % 4 === 3 ? 255 : 0)), width: 1000, height: 100 }
    const out = bytes(receiptBytes(sale, { ...roll(48), kick: false, logo }))
    const raster = out.indexOf(Buffer.from([0x1d, 0x76, 0x30, 0x00]))
    expect(raster).toBeGreaterThan(0)
    expect(raster).toBeLessThan(out.indexOf(Buffer.from("Galos Gadget Hub Manila")))
    // xL xH: bytes a row (576 dots / 8 = 72), then yL yH: rows (100 × 576 / 1000, rounded up to 8: 64).
    expect([...out.subarray(raster + 4, raster + 8)]).toEqual([72, 0, 64, 0])
  })

  it("prints the logo above a customer's slip (a refund or claim slip) when given one, and none otherwise", () => {
    const logo = { data: new Uint8Array(200 * 40 * 4).map((_, i) => (i % 4 === 3 ? 255 : 0)), width: 200, height: 40 }
    const lines = ["WARRANTY CLAIM SLIP", "Claim no. wcl_01"]
    const withLogo = bytes(slipBytes(lines, roll(48), logo))
    const raster = withLogo.indexOf(Buffer.from([0x1d, 0x76, 0x30, 0x00]))
    expect(raster).toBeGreaterThan(0)
    expect(raster).toBeLessThan(withLogo.indexOf(Buffer.from("WARRANTY CLAIM SLIP")))
    expect(bytes(slipBytes(lines, roll(48))).indexOf(Buffer.from([0x1d, 0x76, 0x30]))).toBe(-1)
  })

  it("prints a gift receipt with the lines and quantities, the receipt number's barcode, and no prices", () => {
    const gift = bytes(receiptBytes(sale, { ...roll(48), kick: false, gift: true })).toString("latin1")
    expect(gift).toContain("GIFT RECEIPT")
    expect(gift).toContain("USB-C Charger 65W")
    expect(gift).toContain("Qty 2")
    expect(gift).toContain("{BMNL-202612-000042")
    for (const price of ["1,299.50", "2,599.00", "PHP", "Cash", "401.00"]) expect(gift).not.toContain(price)
  })
})

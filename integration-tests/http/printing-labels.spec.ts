import { ean13, isValidGtin } from "@kassa/core/kit"
import { labelBarcodePng } from "@kassa/printing/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { decodeBarcode, decodeBarcodePng, pdfImages, pdfPageCount } from "../helpers/decode-barcode"
import { testPrinter } from "../helpers/test-printer"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

process.env.KASSA_PRINT_RETRY_MS = "50"
process.env.KASSA_PRINT_TIMEOUT_MS = "2000"

async function locations(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id"] })
  return Object.fromEntries((data as { code: string; stock_location_id: string }[]).map((b) => [b.code, b.stock_location_id]))
}

type Variant = { id: string; title: string; barcode: string | null }

/** Every live variant's barcode in the catalogue, for the uniqueness checks. */
async function allBarcodes(container: MedusaContainer) {
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({}, { select: ["barcode"], take: null })
  return variants.map((v) => v.barcode).filter((b): b is string => !!b)
}

/** A demo product of one variant with its own code (4809…). */
const DEMO_HANDLE = "apple-airpods-4"

/** The store's nth code under a prefix, built here from its definition: prefix, zero-padded counter, check digit. */
const codeAt = (prefix: string, n: number) => ean13(prefix + String(n).padStart(12 - prefix.length, "0"))

const isOurs = (code: string | null, prefix = "480") => !!code && code.length === 13 && code.startsWith(prefix) && isValidGtin(code)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let cebCashier: Headers

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      ;({ MNL: mnl, CEB: ceb } = await locations(container))
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      cebCashier = await staffHeaders(api, container, "cashier.ceb@example.com", { roles: ["Cashier"], branch_ids: [ceb] })
    })

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    let made = 0
    /** A product through the admin API: a variant per colour, some with a barcode of their own. */
    const createProduct = async (colours: string[], barcodes: Record<string, string> = {}, moreColours: string[] = []) => {
      const n = ++made
      const res = await call("post", "/admin/products?fields=id,*variants", owner, {
        title: `Label Test Cable ${n}`,
        subtitle: "Kassa",
        status: "published",
        options: [{ title: "Colour", values: [...colours, ...moreColours] }],
        variants: colours.map((c) => ({
          title: c,
          sku: `LBL-${n}-${c.toUpperCase()}`,
          options: { Colour: c },
          manage_inventory: false,
          prices: [{ currency_code: "php", amount: 199.5 }],
          ...(barcodes[c] ? { barcode: barcodes[c] } : {}),
        })),
      })
      expect(res.status).toBe(200)
      return res.data.product as { id: string; variants: Variant[] }
    }

    /** The variants as stored now (the hook writes after the workflow's own result was built). */
    const variantsOf = async (productId: string) =>
      (await getContainer().resolve(Modules.PRODUCT).listProductVariants({ product_id: productId }, { select: ["id", "title", "barcode"] })) as Variant[]

    it("gives every new variant a unique valid 480 EAN-13 (admin API, new variant, script), skips taken codes and never changes one", async () => {
      const container = getContainer()
      const before = new Set(await allBarcodes(container))
      // The sequence's first code is already on a variant, entered by hand: it must be skipped.
      const handEntered = codeAt("480", 1)
      const first = await createProduct(["Black", "White", "Red"], { Red: handEntered }, ["Blue"])
      const viaAdmin = await variantsOf(first.id)
      expect(viaAdmin.find((v) => v.title === "Red")!.barcode).toBe(handEntered)
      const assigned = viaAdmin.filter((v) => v.title !== "Red").map((v) => v.barcode!)
      expect(assigned.every((c) => isOurs(c))).toBe(true)
      expect(assigned).not.toContain(handEntered)
      expect(assigned.sort()).toEqual([codeAt("480", 2), codeAt("480", 3)])

      // A variant added later (createProductVariantsWorkflow on its own).
      const added = await call("post", `/admin/products/${first.id}/variants`, owner, {
        title: "Blue",
        options: { Colour: "Blue" },
        manage_inventory: false,
        prices: [{ currency_code: "php", amount: 199.5 }],
      })
      expect([added.status, added.data.message]).toEqual([200, undefined])
      const blue = (await variantsOf(first.id)).find((v) => v.title === "Blue")!
      expect(isOurs(blue.barcode)).toBe(true)

      // A script: createProductsWorkflow called in-process, as seeds and importers do.
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Scripted Case",
              status: "published",
              options: [{ title: "Size", values: ["S", "M"] }],
              variants: ["S", "M"].map((s) => ({ title: s, options: { Size: s }, manage_inventory: false, prices: [{ currency_code: "php", amount: 99 }] })),
            },
          ],
        },
      })
      const scripted = await variantsOf(result[0].id)
      expect(scripted.every((v) => isOurs(v.barcode))).toBe(true)

      // Changing the product and a variant keeps every code.
      const codes = new Map((await variantsOf(first.id)).map((v) => [v.id, v.barcode]))
      expect((await call("post", `/admin/products/${first.id}`, owner, { title: "Label Test Cable, renamed" })).status).toBe(200)
      const black = viaAdmin.find((v) => v.title === "Black")!
      expect((await call("post", `/admin/products/${first.id}/variants/${black.id}`, owner, { title: "Jet black", sku: "LBL-JET" })).status).toBe(200)
      expect(new Map((await variantsOf(first.id)).map((v) => [v.id, v.barcode]))).toEqual(codes)

      // Nothing handed out twice, and none of the demo's codes taken.
      const now = await allBarcodes(container)
      expect(new Set(now).size).toBe(now.length)
      const fresh = now.filter((c) => !before.has(c))
      expect(fresh).toHaveLength(6)
      expect(fresh.filter((c) => c !== handEntered).every((c) => isOurs(c) && c.startsWith("480000"))).toBe(true)
    })

    it("numbers the variants of 20 products created at once without handing out a code twice", async () => {
      const products = await Promise.all(Array.from({ length: 20 }, () => createProduct(["Black", "White"])))
      const codes = (await Promise.all(products.map((p) => variantsOf(p.id)))).flat().map((v) => v.barcode)
      expect(codes).toHaveLength(40)
      expect(codes.every((c) => isOurs(c))).toBe(true)
      expect(new Set(codes).size).toBe(40)
    })

    it("numbers the variants of a CSV import (POST /admin/products/imports, then confirm)", async () => {
      const container = getContainer()
      const csv = [
        "Product Handle,Product Title,Product Subtitle,Product Status,Variant Title,Variant Sku,Variant Manage Inventory,Variant Option 1 Name,Variant Option 1 Value,Variant Price PHP",
        "label-import-cable,Imported Cable,Kassa,published,Black,IMP-CABLE-BLK,false,Colour,Black,149",
        "label-import-cable,Imported Cable,Kassa,published,White,IMP-CABLE-WHT,false,Colour,White,149",
        "label-import-case,Imported Case,Kassa,published,Standard,IMP-CASE,false,Model,Standard,299",
      ].join("\n")
      const [file] = await container.resolve(Modules.FILE).createFiles([{ filename: "label-import.csv", mimeType: "text/csv", content: csv }])
      const started = await call("post", "/admin/products/imports", owner, {
        file_key: file.id,
        originalname: "label-import.csv",
        extension: "csv",
        size: csv.length,
        mime_type: "text/csv",
      })
      expect(started.status).toBe(202)
      expect(started.data.summary).toEqual({ toCreate: 2, toUpdate: 0 })
      expect((await call("post", `/admin/products/imports/${started.data.transaction_id}/confirm`, owner, {})).status).toBe(202)

      const products = container.resolve(Modules.PRODUCT)
      let variants: Variant[] = []
      for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
        variants = (await products.listProductVariants({ sku: ["IMP-CABLE-BLK", "IMP-CABLE-WHT", "IMP-CASE"] }, { select: ["id", "title", "barcode"] })) as Variant[]
        if (variants.length === 3 && variants.every((v) => v.barcode)) break
      }
      expect(variants).toHaveLength(3)
      expect(variants.every((v) => isOurs(v.barcode))).toBe(true)
      expect(new Set(variants.map((v) => v.barcode)).size).toBe(3)
    })

    it("lets a manager switch to internal codes (prefix 2); refuses a bad prefix and other roles", async () => {
      const read = await call("get", "/admin/kassa/printing/barcode-settings", manager)
      expect(read.status).toBe(200)
      expect(read.data.barcode_settings).toMatchObject({ gs1_prefix: "480", assign_on_create: true, prefix: "480", internal: false })

      for (const [body, message] of [
        [{ gs1_prefix: "48a" }, "GS1 company prefix"],
        [{ gs1_prefix: "48" }, "3 to 11 digits"],
        [{}, "Send gs1_prefix or assign_on_create"],
        [{ assign_on_create: "yes" }, "assign_on_create"],
        [{ prefix: "480" }, "prefix"],
      ] as const) {
        const res = await call("post", "/admin/kassa/printing/barcode-settings", manager, body)
        expect([res.status, JSON.stringify(res.data)]).toEqual([400, expect.stringContaining(message)])
      }
      expect((await call("get", "/admin/kassa/printing/barcode-settings", cashier)).status).toBe(403)
      expect((await call("post", "/admin/kassa/printing/barcode-settings", cashier, { gs1_prefix: null })).status).toBe(403)

      const internal = await call("post", "/admin/kassa/printing/barcode-settings", manager, { gs1_prefix: null })
      expect(internal.data.barcode_settings).toMatchObject({ gs1_prefix: null, prefix: "2", internal: true })
      const product = await createProduct(["Black"])
      const [variant] = await variantsOf(product.id)
      expect(variant.barcode).toBe(codeAt("2", 1))

      // Off: a new variant stays without a barcode until someone gives it one.
      expect((await call("post", "/admin/kassa/printing/barcode-settings", manager, { assign_on_create: false })).status).toBe(200)
      const [bare] = await variantsOf((await createProduct(["Black"])).id)
      expect(bare.barcode).toBeNull()
    })

    it("answers a PDF of 55 × 25 mm labels whose barcodes decode to the variants' codes, one page per label", async () => {
      const product = await createProduct(["Black", "White"])
      const [black, white] = (await variantsOf(product.id)).sort((a, b) => a.title.localeCompare(b.title))
      const pdfOf = async (body: Record<string, unknown>, who = cashier) => {
        const res = await api.post("/admin/kassa/printing/labels", { location_id: mnl, ...body }, { ...who, responseType: "arraybuffer" }).catch((e) => e.response)
        return { status: res.status as number, type: String(res.headers["content-type"]), pdf: Buffer.from(res.data) }
      }

      const delivery = await pdfOf({ items: [{ variant_id: black.id, quantity: 2 }, { variant_id: white.id, quantity: 1 }], format: "pdf" })
      expect([delivery.status, delivery.type]).toEqual([200, expect.stringContaining("application/pdf")])
      expect(pdfPageCount(delivery.pdf)).toBe(3)
      // The bars as the PDF carries them, and as the renderer draws them, both read back to the codes.
      const decoded = pdfImages(delivery.pdf).map((i) => decodeBarcode(i.grey, i.width, i.height))
      expect(decoded.sort()).toEqual([black.barcode, white.barcode].sort())
      // The renderer's PNG reads back for our codes, internal ones and the demo's.
      for (const code of [black.barcode!, codeAt("2", 77), "4809000000012"]) expect(decodeBarcodePng(await labelBarcodePng(code))).toBe(code)

      // Whole products: a label per variant (a demo product with its own 4809… codes too).
      const demo = (await getContainer().resolve(Modules.PRODUCT).listProducts({ handle: DEMO_HANDLE }, { select: ["id"] }))[0]
      const perProduct = await pdfOf({ product_ids: [product.id, demo.id], quantity: 2 })
      expect(perProduct.status).toBe(200)
      expect(pdfPageCount(perProduct.pdf)).toBe(6)
      expect(pdfImages(perProduct.pdf).map((i) => decodeBarcode(i.grey, i.width, i.height))).toContain(buildCatalog().find((p) => p.handle === DEMO_HANDLE)!.variants[0].barcode)

      // Another branch's cashier may not print at this one.
      expect((await pdfOf({ items: [{ variant_id: black.id, quantity: 1 }] }, cebCashier)).status).toBe(403)

      for (const [body, message] of [
        [{ items: [{ variant_id: black.id, quantity: 0 }] }, "'items, 0, quantity' too small"],
        [{ items: [{ variant_id: black.id, quantity: 501 }] }, "'items, 0, quantity' too big"],
        [{ items: [] }, "'items' too small"],
        [{}, "either items"],
        [{ items: [{ variant_id: black.id, quantity: 1 }], product_ids: [product.id] }, "either items"],
        [{ items: [{ variant_id: black.id, quantity: 1 }], format: "zpl" }, "pdf"],
        [{ items: [{ variant_id: "variant_nothere", quantity: 1 }] }, "No variant variant_nothere"],
        [{ product_ids: ["prod_nothere"] }, "prod_nothere"],
        [{ items: Array.from({ length: 3 }, () => ({ variant_id: black.id, quantity: 400 })) }, "at most 1000"],
      ] as const) {
        const res = await call("post", "/admin/kassa/printing/labels", cashier, { location_id: mnl, ...body })
        expect([res.status, JSON.stringify(res.data)]).toEqual([400, expect.stringContaining(message)])
      }
    })

    it("sends labels to the branch's label printer through the print queue", async () => {
      const printer = await testPrinter()
      try {
        const added = await call("post", "/admin/kassa/printing/printers", manager, {
          location_id: mnl,
          name: "Shelf labels",
          host: "127.0.0.1",
          port: printer.port,
          role: "label",
          paper_width: 58,
        })
        expect(added.status).toBe(201)
        const product = await createProduct(["Black"])
        const [variant] = await variantsOf(product.id)
        const res = await call("post", "/admin/kassa/printing/labels", cashier, { location_id: mnl, items: [{ variant_id: variant.id, quantity: 2 }], format: "printer" })
        expect(res.status).toBe(202)
        expect(res.data.print_jobs).toEqual([expect.objectContaining({ kind: "label", printer_id: added.data.printer.id, status: "pending" })])
        expect(res.data.print_jobs[0].payload).toBeUndefined()

        const print = await printer.next()
        expect(print.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40]))
        expect(print.indexOf(Buffer.from("Label Test Cable"))).toBeGreaterThan(0)
        expect(print.indexOf(Buffer.from("PHP 199.50"))).toBeGreaterThan(0)
        // The printer's barcode command (GS k) once per label, carrying the code's digits.
        const commands = [...print.entries()].filter(([i, b]) => b === 0x1d && print[i + 1] === 0x6b).map(([i]) => i)
        expect(commands).toHaveLength(2)
        expect(print.indexOf(Buffer.from(variant.barcode!.slice(0, 12)), commands[0])).toBeGreaterThan(commands[0])

        // A route for barcode labels wins over the label printer: here, to a desk printer.
        const desk = await testPrinter()
        try {
          const deskPrinter = await call("post", "/admin/kassa/printing/printers", manager, { location_id: mnl, name: "Stock room desk", host: "127.0.0.1", port: desk.port, role: "report", paper_width: 80 })
          expect((await call("post", "/admin/kassa/printing/routing", manager, { location_id: mnl, task: "barcode_label", printer_id: deskPrinter.data.printer.id })).status).toBe(200)
          const routed = await call("post", "/admin/kassa/printing/labels", cashier, { location_id: mnl, items: [{ variant_id: variant.id, quantity: 1 }], format: "printer" })
          expect(routed.data.print_jobs).toEqual([expect.objectContaining({ kind: "label", printer_id: deskPrinter.data.printer.id })])
          expect((await desk.next()).indexOf(Buffer.from("Label Test Cable"))).toBeGreaterThan(0)
          expect(await printer.quiet(1000)).toBe(true)
        } finally {
          await desk.close()
        }

        // No label printer at the other branch: a clear answer, not a job nobody prints.
        const cebProduct = await call("post", "/admin/kassa/printing/labels", cebCashier, { location_id: ceb, items: [{ variant_id: variant.id, quantity: 1 }], format: "printer" })
        expect([cebProduct.status, cebProduct.data.message]).toEqual([404, expect.stringContaining("no label printer")])
      } finally {
        await printer.close()
      }
    })
  },
})


import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"

jest.setTimeout(180000)

type Variant = {
  id: string
  sku: string
  barcode: string
  options: Record<string, string>
  product: { title: string }
  price: { amount: number; currency_code: string; tax_inclusive: boolean }
  available: number
}

async function locationIds(container: MedusaContainer) {
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id", "name"] })
  return Object.fromEntries(locations.map((l) => [l.name, l.id])) as Record<string, string>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let dav: string
    let cashier: Headers
    const iphone = buildCatalog().find((p) => p.title === "iPhone 16")!.variants[0]

    beforeEach(async () => {
      const container = getContainer()
      await seedDemoData(container, { staffPassword: "kassa-demo" })
      ;({ "Manila Branch": mnl, "Davao Branch": dav } = await locationIds(container))
      cashier = await staffHeaders(api, container, "till@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
    })

    const scan = (query: string, who: Headers = cashier) =>
      api.get(`/admin/kassa/pos/scan?${query}`, who).catch((e) => e.response)

    it("resolves an EAN-13 or a SKU to the variant with the branch's price and stock", async () => {
      const { status, data } = await scan(`location_id=${mnl}&code=${iphone.barcode}`)
      expect(status).toBe(200)
      const [variant] = data.variants as Variant[]
      expect(variant).toEqual(
        expect.objectContaining({
          sku: iphone.sku,
          barcode: iphone.barcode,
          options: iphone.options,
          product: expect.objectContaining({ title: "iPhone 16" }),
          price: expect.objectContaining({ amount: iphone.price, currency_code: "php", tax_inclusive: true }),
        })
      )
      const [item] = await getContainer().resolve(Modules.INVENTORY).listInventoryItems({ sku: iphone.sku })
      const [level] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item.id, location_id: mnl })
      expect(variant.available).toBe(Number(level.stocked_quantity) - Number(level.reserved_quantity))

      const bySku = await scan(`location_id=${mnl}&code=${iphone.sku.toLowerCase()}`)
      expect((bySku.data.variants as Variant[]).map((v) => v.id)).toEqual([variant.id])
    })

    it("finds items by name and says clearly when a code is unknown", async () => {
      const { data } = await scan(`location_id=${mnl}&q=iPhone 16 Pro Max`)
      const titles = new Set((data.variants as Variant[]).map((v) => v.product.title))
      expect([...titles]).toEqual(["iPhone 16 Pro Max"])
      expect(data.count).toBe(6)

      const unknown = await scan(`location_id=${mnl}&code=4800000000000`)
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("No product has the code 4800000000000")
      const neither = await scan(`location_id=${mnl}`)
      expect(neither.status).toBe(400)
      expect(neither.data.message).toContain("give either code (a scan) or q (a search)")
    })

    it("works only at the cashier's branch and where the POS is on", async () => {
      const elsewhere = await scan(`location_id=${dav}&code=${iphone.barcode}`)
      expect(elsewhere.status).toBe(403)
      expect(elsewhere.data.message).toBe("Not allowed at branch DAV (Davao Branch)")
      expect((await scan(`code=${iphone.barcode}`)).status).toBe(400)

      const owner = await adminHeaders(api, getContainer())
      await api.post(`/admin/kassa/branches/${mnl}/plugins`, { plugin: "pos", enabled: false }, owner)
      const off = await scan(`location_id=${mnl}&code=${iphone.barcode}`)
      expect(off.status).toBe(403)
      expect(off.data.message).toBe("Point of sale is switched off at branch MNL")
    })
  },
})

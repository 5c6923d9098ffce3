import { POS_MODULE, type PosModuleService, sweepScanIndex } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

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

/** Reads until `done` holds of what was read (the scan index follows events: a few ms behind). */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 10000) {
  const deadline = Date.now() + ms
  let last = await read()
  while (!done(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50))
    last = await read()
  }
  if (!done(last)) throw new Error(`Waited ${ms} ms; last read ${JSON.stringify(last)}`)
  return last
}

async function locationIds(container: MedusaContainer) {
  const locations = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { select: ["id", "name"] })
  return Object.fromEntries(locations.map((l) => [l.name, l.id])) as Record<string, string>
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let dav: string
    let cashier: Headers
    const iphone = buildCatalog().find((p) => p.title === "iPhone 16")!.variants[0]

    seedDemoDataOnce(getContainer, "kassa-demo")
    beforeEach(async () => {
      const container = getContainer()
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

    it("answers from the scan index, which follows the catalogue's changes and mends what it missed", async () => {
      const container = getContainer()
      const pos = container.resolve<PosModuleService>(POS_MODULE)
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const owner = await adminHeaders(api, container)
      const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: iphone.sku }, { select: ["id", "title", "product_id"] })
      const entry = () => pos.listScanEntries({ id: variant.id }).then(([e]) => e)
      const at = (code: string) => scan(`location_id=${mnl}&code=${code}`)
      const first = async (code: string) => ((await at(code)).data.variants as (Variant & { title: string })[] | undefined)?.[0]
      // The seed's events indexed the demo catalogue.
      await until(entry, (e) => !!e)

      // A new barcode (the demo's EAN is the barcode): the old code names nothing, the new one the variant.
      const barcode = "4809999999994"
      await api.post(`/admin/products/${variant.product_id}/variants/${variant.id}`, { barcode, ean: barcode }, owner)
      await until(() => at(iphone.barcode).then((r) => r.status), (s) => s === 404)
      expect((await first(barcode))?.id).toBe(variant.id)

      // The product renamed, and one of the variant's option values.
      await api.post(`/admin/products/${variant.product_id}`, { title: "iPhone 16 (2024)" }, owner)
      await until(() => first(barcode), (v) => v?.product.title === "iPhone 16 (2024)")
      const [{ options }] = await container
        .resolve(Modules.PRODUCT)
        .listProductVariants({ id: variant.id }, { select: ["id", "options.id", "options.value", "options.option.title"], relations: ["options", "options.option"] })
      const [{ id: valueId, value, option }] = options
      await container.resolve(Modules.PRODUCT).updateProductOptionValues(valueId, { value: `${value} (renamed)` })
      await until(() => first(barcode), (v) => v?.options[option!.title] === `${value} (renamed)`)

      // An entry lost: the scan finds the variant in the product module and indexes it again.
      await knex.raw(`delete from kassa_pos_scan_entry where id = ?`, [variant.id])
      expect((await first(barcode))?.id).toBe(variant.id)
      await until(entry, (e) => !!e)

      // An entry left stale (its event lost) is what a scan shows, until the sweep reads the catalogue again.
      await knex.raw(`update kassa_pos_scan_entry set title = 'Stale' where id = ?`, [variant.id])
      expect((await first(barcode))?.title).toBe("Stale")
      let after = ""
      do after = (await sweepScanIndex(container, after)).next
      while (after)
      expect((await first(barcode))?.title).toBe(variant.title)

      // A read older than the entry (two writers racing) does not replace it.
      const current = await entry()
      await pos.putScanEntries([{ ...current, options: current.options as Record<string, string>, title: "Older read", source_updated_at: new Date(new Date(current.source_updated_at).getTime() - 1000) }])
      expect((await entry()).title).toBe(variant.title)

      // The variant deleted: its code names nothing.
      await api.delete(`/admin/products/${variant.product_id}/variants/${variant.id}`, owner)
      await until(() => at(barcode).then((r) => r.status), (s) => s === 404)
      expect(await entry()).toBeUndefined()
    })

    it("sells nothing archived or unpublished: scan, search, a line and the checkout refuse it, and a restore sells it again", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const owner = await adminHeaders(api, container)
      type Res = { status: number; data: any }
      const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown): Promise<Res> =>
        (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: Res }) => e.response)
      const scanAt = (code: string) => scan(`location_id=${mnl}&code=${code}`) as Promise<Res>
      const [first, second] = buildCatalog().filter((p) => p.category === "Accessories")
      const variantOf = async (sku: string) => {
        const { data } = await query.graph({ entity: "product_variant", fields: ["id", "barcode", "product.id", "product.title", "inventory_items.inventory_item_id"], filters: { sku } })
        const [v] = data as { id: string; barcode: string; product: { id: string; title: string }; inventory_items: { inventory_item_id: string }[] }[]
        await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: v.inventory_items[0].inventory_item_id, location_id: mnl, stocked_quantity: 10 }])
        return v
      }
      const cable = await variantOf(first.variants[0].sku)
      const other = await variantOf(second.variants[0].sku)
      const { data: branches } = await query.graph({ entity: "branch", fields: ["code", "registers.id", "registers.code"], filters: { stock_location_id: mnl } })
      const register = (branches[0] as { registers: { id: string; code: string }[] }).registers.find((r) => r.code === "R1")!.id
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: register, denominations: { "1000": 2 } })).status).toBe(201)
      const openTicket = async () => (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: register })).data.ticket as { id: string }
      const addLine = (ticketId: string, body: object) => call("post", `/admin/kassa/pos/tickets/${ticketId}/lines`, cashier, { quantity: 1, ...body })
      const checkout = (ticketId: string, key: string) =>
        call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...cashier.headers, "idempotency-key": key } }, { tenders: [{ method: "cash", tendered: 100000 }] })

      // On a ticket while still for sale; then archived (it has sales, so DELETE archives it).
      const waiting = await openTicket()
      expect((await addLine(waiting.id, { code: cable.barcode })).status).toBe(200)
      await container.resolve(Modules.ORDER).createOrders({
        currency_code: "php",
        email: "buyer@example.com",
        items: [{ title: cable.product.title, product_id: cable.product.id, variant_id: cable.id, quantity: 1, unit_price: 100 }],
      })
      // A key of its own, which the archive and the restore leave alone.
      expect((await call("post", `/admin/products/${cable.product.id}`, owner, { metadata: { shelf: "A3" } })).status).toBe(200)
      expect((await call("delete", `/admin/products/${cable.product.id}`, owner)).data).toMatchObject({ archived: true })

      // The scan index follows the status within moments; the answer says why, not "unknown code".
      const archived = `${cable.product.title} is archived: not for sale`
      const refused = await until(() => scanAt(cable.barcode), (r) => r.status === 400)
      expect(refused.data.message).toBe(archived)
      const search = await scan(`location_id=${mnl}&q=${encodeURIComponent(cable.product.title)}`)
      expect((search.data.variants as Variant[]).map((v) => v.id)).not.toContain(cable.id)
      const fresh = await openTicket()
      for (const body of [{ code: cable.barcode }, { variant_id: cable.id }]) {
        const line = await addLine(fresh.id, body)
        expect([line.status, line.data.message]).toEqual([400, archived])
      }
      const notSold = await checkout(waiting.id, "archived-sale-1")
      expect([notSold.status, notSold.data.message]).toEqual([400, `${archived}; take it off the ticket`])

      // A draft never archived is not for sale either, and says so.
      await call("post", `/admin/products/${other.product.id}`, owner, { status: "draft" })
      const draft = await until(() => scanAt(other.barcode), (r) => r.status === 400)
      expect(draft.data.message).toBe(`${other.product.title} is not for sale: its product is a draft, not published`)

      // Restoring: product:write and a reason; only an archived product.
      const restore = (id: string, who: Headers) => call("post", `/admin/kassa/products/${id}/restore`, who, {})
      expect((await restore(cable.product.id, cashier)).status).toBe(403)
      const unexplained = await restore(cable.product.id, owner)
      expect([unexplained.status, unexplained.data.message]).toEqual([400, expect.stringContaining("Say why")])
      const because = { headers: { ...owner.headers, "x-kassa-reason": encodeURIComponent("Back in the catalogue") } }
      const restored = await restore(cable.product.id, because)
      expect([restored.status, restored.data.product]).toEqual([200, { id: cable.product.id, title: cable.product.title, status: "published" }])
      const kept = (await call("get", `/admin/products/${cable.product.id}?fields=status,metadata`, owner)).data.product
      expect(kept.status).toBe("published")
      expect(kept.metadata).toEqual({ shelf: "A3" })
      const again = await restore(cable.product.id, because)
      expect([again.status, again.data.message]).toEqual([400, `${cable.product.title} is not archived (it is published): there is nothing to restore`])
      const neverArchived = await restore(other.product.id, because)
      expect(neverArchived.status).toBe(400)
      expect((await restore("prod_missing", because)).status).toBe(404)
      // Audited: the product's history has the restore with its reason.
      await until(
        () => call("get", `/admin/kassa/audit/history?type=product&id=${cable.product.id}`, owner),
        (r) => JSON.stringify(r.data).includes("Back in the catalogue")
      )

      // For sale again: it scans, and the waiting ticket checks out.
      await until(() => scanAt(cable.barcode), (r) => r.status === 200)
      const sold = await checkout(waiting.id, "archived-sale-2")
      expect(sold.status).toBe(200)
    })
  },
})

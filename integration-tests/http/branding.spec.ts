import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { PNG } from "pngjs"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

/** Manila's and Cebu's locations, Manila's first register, and a demo accessory stocked at Manila. */
async function branches(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: ["MNL", "CEB"] } })
  const byCode = Object.fromEntries((data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [b.code, b]))
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["barcode", "inventory_items.inventory_item_id"], filters: { sku } })
  const variant = variants[0] as { barcode: string; inventory_items: { inventory_item_id: string }[] }
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: byCode.MNL.stock_location_id, stocked_quantity: 10 }])
  return { mnl: byCode.MNL.stock_location_id, ceb: byCode.CEB.stock_location_id, register: byCode.MNL.registers.find((r) => r.code === "R1")!.id, barcode: variant.barcode }
}

function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height })
  image.data.fill(0)
  for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255
  return PNG.sync.write(image)
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let world: Awaited<ReturnType<typeof branches>>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      world = await branches(container)
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [world.mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [world.mnl] })
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : method === "delete" ? api.delete(url, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)
    const upload = async (bytes: Buffer, name: string, type: string): Promise<{ id: string; url: string }> => {
      const form = new FormData()
      form.append("files", new Blob([bytes], { type }), name)
      const uploaded = await call("post", "/admin/uploads", owner, form)
      if (uploaded.status !== 200) throw new Error(`Upload of ${name} answered ${uploaded.status}: ${JSON.stringify(uploaded.data)}`)
      return uploaded.data.files[0]
    }

    it("prints the store's logo on every branch's receipts, a branch's own instead where it has one, and refuses what is not a small image", async () => {
      const storeLogo = await upload(png(300, 80), "store.png", "image/png")
      const branchLogo = await upload(png(120, 120), "manila.png", "image/png")
      const text = await upload(Buffer.from("not a picture"), "logo.png", "image/png")
      const huge = await upload(Buffer.concat([png(10, 10), Buffer.alloc(2 * 1024 * 1024)]), "huge.png", "image/png")

      // The store's logo is the owner's (settings:manage); what is refused says why and changes nothing.
      expect((await call("post", "/admin/kassa/branding/logo", cashier, { file_id: storeLogo.id })).status).toBe(403)
      expect((await call("post", "/admin/kassa/branding/logo", manager, { file_id: storeLogo.id })).status).toBe(403)
      for (const [file_id, message] of [
        [text.id, "The logo is not an image"],
        [huge.id, "it must be 2 MB or less"],
        ["file_missing", "was not found"],
      ]) {
        const refused = await call("post", "/admin/kassa/branding/logo", owner, { file_id })
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining(message)])
      }
      expect((await call("post", "/admin/kassa/branding/logo", owner, { file_id: "" })).status).toBe(400)
      expect((await call("get", "/admin/kassa/branding", owner)).data.store_logo).toBeNull()

      const set = await call("post", "/admin/kassa/branding/logo", owner, { file_id: storeLogo.id })
      expect(set.status).toBe(200)
      expect(set.data.store_logo).toEqual({ file_id: storeLogo.id, url: storeLogo.url, scope: "store" })

      // A sale at Manila: its receipt shows the store's logo, in HTML and in the PDF.
      const cashierKey = (key: string) => ({ headers: { ...cashier.headers, "idempotency-key": key } })
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: world.register, opening_float: 1000 })).status).toBe(201)
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: world.mnl, register_id: world.register })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: world.barcode, quantity: 1 })
      const sale = (await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, cashierKey(`logo-${ticket.id}`), { tenders: [{ method: "cash", tendered: 100000 }] })).data.sale
      expect(sale.order_id).toBeDefined()
      const receipt = (format: string, layout = "a4") => api.get(`/admin/kassa/pos/sales/${sale.order_id}/receipt?format=${format}&layout=${layout}`, { ...cashier, responseType: "arraybuffer" }).catch((e: { response: { status: number } }) => {
        throw new Error(`The ${format} receipt answered ${e.response.status}`)
      })
      const html = async (layout = "a4") => Buffer.from((await receipt("html", layout)).data).toString("utf8")
      const pdfImages = async (layout: string) => Buffer.from((await receipt("pdf", layout)).data).toString("latin1").match(/\/Subtype \/Image/g)?.length ?? 0
      expect(await html()).toContain(`<img class="logo" src="${storeLogo.url}"`)
      expect(await html("thermal")).toContain(`src="${storeLogo.url}"`)
      const withStoreLogo = { a4: await pdfImages("a4"), thermal: await pdfImages("thermal") }

      // A refund receipt carries it too, on screen and in its PDF (the manager refunds: over the demo's approval limit).
      const sold = (await call("get", `/admin/kassa/pos/sales?location_id=${world.mnl}&q=${sale.receipt_number}`, cashier)).data.sales[0]
      const refund = await call("post", "/admin/kassa/pos/returns", manager, {
        order_id: sale.order_id,
        register_id: world.register,
        reason: "Changed mind",
        refund: { method: "cash" },
        items: [{ item_id: sold.lines[0].item_id, quantity: 1, condition: "resellable" }],
      })
      expect(refund.status).toBe(201)
      const refundReceipt = (format: string) => api.get(`/admin/kassa/pos/returns/${refund.data.return.id}/receipt?format=${format}`, { ...cashier, responseType: "arraybuffer" })
      expect(Buffer.from((await refundReceipt("html")).data).toString("utf8")).toContain(`<img class="logo" src="${storeLogo.url}"`)
      expect(Buffer.from((await refundReceipt("pdf")).data).toString("latin1")).toContain("/Subtype /Image")

      // Manila's manager gives Manila its own logo; not Cebu's, which is not theirs.
      expect((await call("post", `/admin/kassa/branches/${world.ceb}/logo`, manager, { file_id: branchLogo.id })).status).toBe(403)
      expect((await call("post", `/admin/kassa/branches/${world.mnl}/logo`, cashier, { file_id: branchLogo.id })).status).toBe(403)
      const own = await call("post", `/admin/kassa/branches/${world.mnl}/logo`, manager, { file_id: branchLogo.id })
      expect(own.data.branch_logo).toEqual({ file_id: branchLogo.id, url: branchLogo.url, scope: "branch" })
      expect(await html()).toContain(`src="${branchLogo.url}"`)
      expect((await call("get", `/admin/kassa/branding?location_id=${world.ceb}`, owner)).data.branch_logo).toMatchObject({ file_id: storeLogo.id, scope: "store" })
      expect((await call("get", `/admin/kassa/branding?location_id=${world.mnl}`, manager)).data).toMatchObject({ store_logo: { file_id: storeLogo.id }, branch_logo: { file_id: branchLogo.id, scope: "branch" } })

      // Manila back to the store's logo; the store's removed: receipts print none, the PDFs fewer images
      // (the logo is an image and, having an alpha channel, its mask another).
      expect((await call("delete", `/admin/kassa/branches/${world.mnl}/logo`, manager)).data.branch_logo).toMatchObject({ file_id: storeLogo.id, scope: "store" })
      expect((await call("delete", "/admin/kassa/branding/logo", owner)).data.store_logo).toBeNull()
      expect(await html()).not.toContain("<img")
      expect({ a4: await pdfImages("a4"), thermal: await pdfImages("thermal") }).toEqual({ a4: withStoreLogo.a4 - 2, thermal: withStoreLogo.thermal - 2 })
    })
  },
})

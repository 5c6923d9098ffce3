import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Line = { id: string; variant_id: string; price: string; override: { price: string; reason: string | null; by: string | null } | null }
type Ticket = { id: string; lines: Line[]; totals: { total: string } }
type GiftSale = { order_id: string; product_id: string; quantity: number; unit_value: string; value: string; reason: string; approved_by: string; sold_by_name: string | null; approved_by_name: string | null }
type Report = { gift_sales: GiftSale[]; count: number; totals: { currency_code: string; quantity: number; value: string }[] }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let r1: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let managerStaff: string
    let cashierStaff: string

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : method === "delete" ? api.delete(url, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: "MNL" } })
      const manila = data[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
      mnl = manila.stock_location_id
      r1 = manila.registers.find((r) => r.code === "R1")!.id
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      managerStaff = (await call("get", "/admin/kassa/me", manager)).data.staff.id
      cashierStaff = (await call("get", "/admin/kassa/me", cashier)).data.staff.id
      await call("post", `/admin/kassa/staff/${managerStaff}/pin`, owner, { pin: "2580" })
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 2000 })).status).toBe(201)
    })

    /** A demo accessory with 20 in stock at Manila: its variant, product and inventory item. */
    const accessory = async (n: number) => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[n].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: 20 }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "product_id"], filters: { sku } })
      const v = data[0] as { id: string; product_id: string }
      return { variant: v.id, product: v.product_id, item: item.id }
    }
    const stockOf = async (item: string) => Number((await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item, location_id: mnl }))[0].stocked_quantity)
    const ticketWith = async (...lines: { variant: string; quantity: number }[]): Promise<Ticket> => {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: r1 })).data.ticket
      for (const l of lines) expect((await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { variant_id: l.variant, quantity: l.quantity })).status).toBe(200)
      return (await call("get", `/admin/kassa/pos/tickets/${ticket.id}`, cashier)).data.ticket
    }
    const ticketOf = async (id: string): Promise<Ticket> => (await call("get", `/admin/kassa/pos/tickets/${id}`, cashier)).data.ticket
    const gifts = (ticketId: string, who: Headers, body: unknown) => call("post", `/admin/kassa/store-credit/tickets/${ticketId}/gifts`, who, body)
    const checkout = (ticketId: string, tenders: unknown[]) =>
      call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `gift-${ticketId}` } }, { tenders })
    const report = async (query: string, who: Headers = owner): Promise<Report> => {
      const res = await call("get", `/admin/kassa/store-credit/gift-sales${query}`, who)
      expect([res.status, res.data.message]).toEqual([200, undefined])
      return res.data
    }

    it("gives a line away with a reason and a manager's PIN, sells it at zero with its stock taken, and reports it with its value until the sale is voided", async () => {
      const goods = await accessory(0)
      const other = await accessory(1)
      const ticket = await ticketWith({ variant: goods.variant, quantity: 2 }, { variant: other.variant, quantity: 1 })
      const [gift, paid] = ticket.lines
      const shelf = Number(gift.price)

      // A reason is required; a cashier without store_credit:gift_sale needs a manager's PIN.
      expect((await gifts(ticket.id, cashier, { line_ids: [gift.id] })).status).toBe(400)
      expect((await gifts(ticket.id, cashier, { line_ids: [gift.id], reason: "" })).status).toBe(400)
      const noPin = await gifts(ticket.id, cashier, { line_ids: [gift.id], reason: "Loyal customer's birthday" })
      expect([noPin.status, noPin.data.message]).toEqual([403, "Giving goods away as a gift needs store_credit:gift_sale, or a manager's PIN (approval)"])
      const wrongPin = await gifts(ticket.id, cashier, { line_ids: [gift.id], reason: "Loyal customer's birthday", approval: { staff_id: managerStaff, pin: "0000" } })
      expect(wrongPin.status).toBeGreaterThanOrEqual(400)
      expect(wrongPin.status).toBeLessThan(500)
      expect((await ticketOf(ticket.id)).lines[0].override).toBeNull()
      expect((await gifts(ticket.id, manager, { line_ids: ["ptln_nothere"], reason: "Birthday" })).status).toBe(404)

      const marked = await gifts(ticket.id, cashier, { line_ids: [gift.id], reason: "Loyal customer's birthday", approval: { staff_id: managerStaff, pin: "2580" } })
      expect([marked.status, marked.data.message]).toEqual([200, undefined])
      expect(marked.data.gifts).toEqual([expect.objectContaining({ line_id: gift.id, reason: "Loyal customer's birthday", approved_by: managerStaff, marked_by: cashierStaff })])
      expect((await ticketOf(ticket.id)).lines.find((l) => l.id === gift.id)!.override).toEqual({ price: "0.00", reason: "Gift: Loyal customer's birthday", by: managerStaff })
      expect((await gifts(ticket.id, manager, { line_ids: [gift.id], reason: "Again" })).status).toBe(400)

      // Unmarked: the shelf price comes back; marked again by the manager, who holds the policy.
      expect((await call("delete", `/admin/kassa/store-credit/tickets/${ticket.id}/gifts/${gift.id}`, cashier)).status).toBe(200)
      expect((await ticketOf(ticket.id)).lines.find((l) => l.id === gift.id)!.override).toBeNull()
      expect((await call("get", `/admin/kassa/store-credit/tickets/${ticket.id}/gifts`, cashier)).data.gifts).toEqual([])
      expect((await gifts(ticket.id, manager, { line_ids: [gift.id], reason: "Loyal customer's birthday" })).status).toBe(200)
      const priced = await ticketOf(ticket.id)
      expect(priced.totals.total).toBe(paid.price)

      // Sold at zero: the customer pays for the other line only, and both leave the shelf.
      const sold = await checkout(ticket.id, [{ method: "cash", tendered: 20000 }])
      expect([sold.status, sold.data.message]).toEqual([200, undefined])
      expect(sold.data.sale.total).toBe(paid.price)
      expect(await stockOf(goods.item)).toBe(18)
      expect(await stockOf(other.item)).toBe(19)
      const receipt = (await call("get", `/admin/kassa/pos/sales/${sold.data.sale.order_id}/receipt?format=json`, cashier)).data.receipt
      const value = (shelf * 2).toFixed(2)
      const giftNotes = receipt.lines.map((l: { notes?: string[] }) => (l.notes ?? []).filter((n) => n.startsWith("Gift")))
      expect(giftNotes).toEqual([[`Gift, value ₱${Number(value).toLocaleString("en-PH", { minimumFractionDigits: 2 })}`], []])

      // The report: by branch, product, staff and period, with its value at the shelf price.
      const all = await report(`?location_id=${mnl}`)
      expect(all.count).toBe(1)
      expect(all.gift_sales[0]).toEqual(expect.objectContaining({ order_id: sold.data.sale.order_id, product_id: goods.product, quantity: 2, unit_value: gift.price, value, reason: "Loyal customer's birthday", approved_by: managerStaff }))
      expect(all.gift_sales[0].approved_by_name).toBeTruthy()
      expect(all.gift_sales[0].sold_by_name).toBeTruthy()
      expect(all.totals).toEqual([{ currency_code: "php", quantity: 2, value }])
      expect((await report(`?product_id=${goods.product}`)).count).toBe(1)
      expect((await report(`?product_id=${other.product}`)).count).toBe(0)
      expect((await report(`?staff_id=${cashierStaff}`)).count).toBe(1)
      expect((await report(`?staff_id=${managerStaff}`)).count).toBe(0)
      const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
      const hourOn = new Date(Date.now() + 3_600_000).toISOString()
      expect((await report(`?from=${encodeURIComponent(hourAgo)}&to=${encodeURIComponent(hourOn)}`)).count).toBe(1)
      expect((await report(`?from=${encodeURIComponent(hourOn)}`)).count).toBe(0)
      expect((await report(`?to=${encodeURIComponent(hourAgo)}`)).count).toBe(0)
      expect((await report("", manager)).count).toBe(1)
      expect((await call("get", `/admin/kassa/store-credit/gift-sales?from=${encodeURIComponent(hourOn)}&to=${encodeURIComponent(hourAgo)}`, owner)).status).toBe(400)
      expect((await call("get", "/admin/kassa/store-credit/gift-sales", cashier)).status).toBe(403)

      const csv = await call("get", `/admin/kassa/store-credit/gift-sales?format=csv&location_id=${mnl}`, owner)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      const rows = (csv.data as string).trim().split("\n")
      expect(rows[0]).toBe("sold_at,receipt_number,order_id,stock_location_id,product_id,variant_id,title,quantity,unit_value,value,currency_code,reason,sold_by_name,approved_by_name")
      expect(rows).toHaveLength(2)
      expect(rows[1]).toContain(`,2,${gift.price},${value},php,Loyal customer's birthday,`)

      // A voided sale's gifts drop out of the report.
      const voided = await call("post", `/admin/kassa/pos/sales/${sold.data.sale.order_id}/void`, { headers: { ...owner.headers, "idempotency-key": `void-${sold.data.sale.order_id}` } }, { reason: "Rung up by mistake" })
      expect(voided.status).toBe(200)
      expect(await report("")).toEqual({ gift_sales: [], count: 0, totals: [], offset: 0, limit: 50 })
    })

    it("gives a whole ticket away at zero, takes the marks off a ticket, and refuses gifts where the plugin is off", async () => {
      const goods = await accessory(0)
      const other = await accessory(1)
      const ticket = await ticketWith({ variant: goods.variant, quantity: 1 }, { variant: other.variant, quantity: 1 })
      const marked = await gifts(ticket.id, manager, { reason: "Store opening raffle prize" })
      expect([marked.status, marked.data.gifts?.length]).toEqual([200, 2])
      expect((await ticketOf(ticket.id)).totals.total).toBe("0.00")
      expect((await gifts(ticket.id, manager, { reason: "Again" })).data.message).toBe("There is nothing on this ticket to give away")

      const sold = await checkout(ticket.id, [{ method: "cash" }])
      expect([sold.status, sold.data.message]).toEqual([200, undefined])
      expect(await stockOf(goods.item)).toBe(19)
      expect(await stockOf(other.item)).toBe(19)
      const all = await report(`?location_id=${mnl}`)
      const value = (Number(ticket.lines[0].price) + Number(ticket.lines[1].price)).toFixed(2)
      expect([all.count, all.totals]).toEqual([2, [{ currency_code: "php", quantity: 2, value }]])
      expect((await report("?limit=1&offset=1")).gift_sales).toHaveLength(1)

      // Taken off again before the sale: every line back at its shelf price.
      const again = await ticketWith({ variant: goods.variant, quantity: 1 })
      expect((await gifts(again.id, manager, { reason: "Raffle prize" })).status).toBe(200)
      const cleared = await call("delete", `/admin/kassa/store-credit/tickets/${again.id}/gifts`, cashier)
      expect([cleared.status, cleared.data.gifts]).toEqual([200, []])
      expect((await ticketOf(again.id)).totals.total).toBe(again.totals.total)

      // The plugin switched off at Manila: its gift routes and report are refused there.
      expect((await call("post", `/admin/kassa/branches/${mnl}/plugins`, owner, { plugin: "store-credit", enabled: false })).status).toBe(200)
      expect((await gifts(again.id, manager, { reason: "Raffle prize" })).status).toBe(403)
      expect((await call("get", `/admin/kassa/store-credit/tickets/${again.id}/gifts`, cashier)).status).toBe(403)
      expect((await call("get", `/admin/kassa/store-credit/gift-sales?location_id=${mnl}`, owner)).status).toBe(403)
    })
  },
})

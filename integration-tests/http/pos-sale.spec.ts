import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { CONFIG_TABLES, defineTender } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { startTestSmtp } from "../helpers/smtp"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

// A real SMTP server for the receipt e-mails; the app is configured to send through it.
const mails = startTestSmtp("Galos Gadget Hub <receipts@example.com>")

type Ticket = {
  id: string
  status: string
  lines: { id: string; variant_id: string; quantity: number; price: string; total: string; adjustments: { code: string; amount: string }[] }[]
  totals: { subtotal: string; discount_total: string; tax_total: string; total: string }
}
type Sale = { order_id: string; receipt_number: string; total: string; change: string; tenders: { method: string; amount: string; change: string | null }[] }

// A tender whose capture fails on demand: the injected failure of the compensation test.
defineTender({
  id: "test_voucher",
  label: "Test voucher",
  capture: async (t) => {
    if (t.data.fail) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The voucher service is down")
    return null
  },
})

/** Branch ids, register ids and a variant with stock at each branch. */
async function counterWorld(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
  const branches = Object.fromEntries(
    (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [
      b.code,
      { location: b.stock_location_id, registers: Object.fromEntries(b.registers.map((r) => [r.code, r.id])) },
    ])
  ) as Record<string, { location: string; registers: Record<string, string> }>
  return branches
}

/** The `skip`-th demo accessory (not serialized), with ten units at Manila. */
async function plainVariant(container: MedusaContainer, skip: number, mnl: string) {
  const sku = buildCatalog().filter((p) => p.category === "Accessories")[skip].variants[0].sku
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "barcode", "product.id", "product.title", "inventory_items.inventory_item_id"],
    filters: { sku },
  })
  const v = (data as { id: string; sku: string; barcode: string; product: { id: string; title: string }; inventory_items: { inventory_item_id: string }[] }[])[0]
  const found = { id: v.id, sku: v.sku, barcode: v.barcode, title: v.product.title, productId: v.product.id, inventoryItemId: v.inventory_items[0].inventory_item_id }
  await setStock(container, found.inventoryItemId, mnl, 10)
  return found
}

async function setStock(container: MedusaContainer, inventoryItemId: string, locationId: string, quantity: number) {
  await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: inventoryItemId, location_id: locationId, stocked_quantity: quantity }])
}

const stockOf = async (container: MedusaContainer, inventoryItemId: string, locationId: string) => {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
  return Number(level.stocked_quantity)
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let branches: Awaited<ReturnType<typeof counterWorld>>
    let cashier: Headers
    let owner: Headers
    let mnl: string
    let r1: string
    let r2: string

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      branches = await counterWorld(container)
      mnl = branches.MNL.location
      ;({ R1: r1, R2: r2 } = branches.MNL.registers)
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      owner = await adminHeaders(api, container, "owner@example.com")
      // No sale without an open drawer: both registers start the day with a counted float.
      for (const register_id of [r1, r2]) {
        const opened = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id, denominations: { "1000": 1, "500": 1, "100": 4, "20": 5 } })
        expect([opened.status, opened.data.drawer_session?.opening_float]).toEqual([201, 2000])
      }
    })

    const call = (method: "get" | "post" | "delete", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api[method](url, who)).catch((e: { response: unknown }) => e.response)

    const openTicket = async (register = r1, who = cashier): Promise<Ticket> => {
      const res = await call("post", "/admin/kassa/pos/tickets", who, { location_id: mnl, register_id: register })
      expect(res.status).toBe(201)
      return res.data.ticket
    }
    const scan = async (ticket: Ticket, code: string, quantity = 1, who = cashier) =>
      call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, who, { code, quantity })
    const checkout = (ticket: Ticket, tenders: unknown[], key: string, who = cashier) =>
      call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...who.headers, "idempotency-key": key } }, { tenders })

    it("sells: scan, quantity, a line discount, split cash and card → a paid, delivered Medusa order with a receipt number", async () => {
      const container = getContainer()
      const a = await plainVariant(container, 0, mnl)
      const b = await plainVariant(container, 1, mnl)
      const before = await stockOf(container, a.inventoryItemId, mnl)

      let ticket = await openTicket()
      expect((await scan(ticket, a.barcode)).status).toBe(200)
      expect((await scan(ticket, a.barcode)).data.ticket.lines[0].quantity).toBe(2)
      ticket = (await scan(ticket, b.sku)).data.ticket
      expect(ticket.lines).toHaveLength(2)

      const unknown = await scan(ticket, "4800000000017")
      expect(unknown.status).toBe(404)
      expect(unknown.data.message).toBe("No product has the code 4800000000017")

      // A cashier may not discount alone; the manager's PIN allows it.
      const lineB = ticket.lines[1]
      const refused = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines/${lineB.id}`, cashier, { discount: { type: "percent", value: 10 } })
      expect(refused.status).toBe(403)
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const [manager] = await staff.listStaffMembers({ user_id: (await container.resolve(Modules.USER).listUsers({ email: "manager.mnl@example.com" }))[0].id })
      await call("post", `/admin/kassa/staff/${manager.id}/pin`, owner, { pin: "2580" })
      const discounted = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines/${lineB.id}`, cashier, {
        discount: { type: "percent", value: 10 },
        approval: { staff_id: manager.id, pin: "2580" },
      })
      expect(discounted.status).toBe(200)
      ticket = discounted.data.ticket
      const priceB = Number(ticket.lines[1].price)
      expect(ticket.lines[1].adjustments).toEqual([{ code: "KASSA-LINE", amount: (Math.round(priceB * 10) / 100).toFixed(2) }])
      const total = Number(ticket.totals.total)
      expect(total).toBeCloseTo(Number(ticket.lines[0].total) + Number(ticket.lines[1].total), 2)

      const card = Math.round(total * 50) / 100
      const sold = await checkout(ticket, [{ method: "card", amount: card, card_last4: "4242", reference: "POS-TERM-1", approval_code: "A1B2C3" }, { method: "cash", tendered: 100000 }], "sale-1-key")
      expect(sold.status).toBe(200)
      const sale: Sale = sold.data.sale
      const yyyymm = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Manila", year: "numeric", month: "2-digit" }).format(new Date()).replace("-", "")
      expect(sale.receipt_number).toBe(`MNL-${yyyymm}-000001`)
      expect(sale.total).toBe(total.toFixed(2))
      expect(Number(sale.change)).toBeCloseTo(100000 - (total - card), 2)
      expect(sale.tenders.map((t) => t.method)).toEqual(["card", "cash"])

      const { data } = await api.get(
        `/admin/orders/${sale.order_id}?fields=id,status,total,payment_status,fulfillment_status,sales_channel_id,*items,*fulfillments`,
        owner
      )
      expect(data.order).toEqual(expect.objectContaining({ payment_status: "captured", fulfillment_status: "delivered" }))
      expect(Number(data.order.total)).toBeCloseTo(total, 2)
      expect(data.order.items).toHaveLength(2)
      expect(await stockOf(container, a.inventoryItemId, mnl)).toBe(before - 2)

      // The admin's order search finds the sale by its receipt number (set once the sale is done).
      const found = async () => (await api.get(`/admin/orders?q=${sale.receipt_number}&fields=id,custom_display_id`, owner)).data.orders
      for (let tries = 0; tries < 50 && !(await found()).length; tries++) await new Promise((r) => setTimeout(r, 100))
      expect((await found()).map((o: { id: string; custom_display_id: string }) => [o.id, o.custom_display_id])).toEqual([[sale.order_id, sale.receipt_number]])
      // The order list's counter-sales card: receipt, branch, register and cashier; not for a cashier (no order:read).
      const recent = await call("get", `/admin/kassa/pos/sales/recent?q=${sale.receipt_number.slice(0, 4).toLowerCase()}`, owner)
      expect(recent.data.sales[0]).toEqual(
        expect.objectContaining({ order_id: sale.order_id, receipt_number: sale.receipt_number, branch: expect.objectContaining({ code: "MNL" }), register: expect.objectContaining({ code: "R1" }), cashier: "Angelica Santos", total: sale.total })
      )
      expect((await call("get", "/admin/kassa/pos/sales/recent?q=CEB", owner)).data.sales).toEqual([])
      expect((await call("get", "/admin/kassa/pos/sales/recent", cashier)).status).toBe(403)
      // The order page's counter-sale card names each payment by its tender.
      const { receipt } = (await api.get(`/admin/kassa/pos/sales/${sale.order_id}/receipt?format=json`, owner)).data
      expect(receipt.tenders.map((t: { label: string }) => t.label)).toEqual(["Card", "Cash"])

      // The ticket is done: no more changes, no second checkout.
      expect((await scan(ticket, a.barcode)).status).toBe(400)
      const again = await checkout(ticket, [{ method: "cash", tendered: 100000 }], "sale-1-other-key")
      expect(again.status).toBe(400)
    })

    it("never oversells: two registers selling the last unit, one wins and the other gets a 409 naming product and branch", async () => {
      const container = getContainer()
      const v = await plainVariant(container, 2, mnl)
      await setStock(container, v.inventoryItemId, mnl, 1)
      const t1 = await openTicket(r1)
      const t2 = await openTicket(r2)
      expect((await scan(t1, v.barcode)).status).toBe(200)
      expect((await scan(t2, v.barcode)).status).toBe(200)
      const results = await Promise.all([
        checkout(t1, [{ method: "cash", tendered: 1000000 }], "race-key-1"),
        checkout(t2, [{ method: "cash", tendered: 1000000 }], "race-key-2"),
      ])
      expect(results.map((r) => r.status).sort()).toEqual([200, 409])
      const lost = results.find((r) => r.status === 409)!
      expect(lost.data.message).toBe(`Out of stock: ${v.title} at Manila Branch has 0 available, the sale needs 1`)
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(0)
      const { data } = await api.get("/admin/orders?fields=id&limit=50", owner)
      expect(data.count).toBe(1)
    })

    it("is idempotent: a double-clicked checkout makes one order; the same key with another body is a 409", async () => {
      const container = getContainer()
      const v = await plainVariant(container, 3, mnl)
      const ticket = await openTicket()
      await scan(ticket, v.barcode)
      const clicks = await Promise.all([1, 2, 3].map(() => checkout(ticket, [{ method: "cash", tendered: 1000000 }], "double-click-key")))
      const ok = clicks.filter((r) => r.status === 200)
      expect(ok.length).toBeGreaterThanOrEqual(1)
      expect(clicks.every((r) => r.status === 200 || r.status === 409)).toBe(true)
      const retry = await checkout(ticket, [{ method: "cash", tendered: 1000000 }], "double-click-key")
      expect(retry.status).toBe(200)
      expect(retry.data.replayed).toBe(true)
      expect(new Set([...ok, retry].map((r) => r.data.sale.order_id)).size).toBe(1)
      const other = await checkout(ticket, [{ method: "cash", tendered: 2000000 }], "double-click-key")
      expect(other.status).toBe(409)
      expect(other.data).toEqual({ type: "conflict", message: "The idempotency key double-click-key was used for a different checkout" })
      expect((await api.get("/admin/orders?fields=id", owner)).data.count).toBe(1)
    })

    it("numbers receipts gaplessly under concurrency, and a failed checkout leaves nothing behind", async () => {
      const container = getContainer()
      const v = await plainVariant(container, 4, mnl)
      await setStock(container, v.inventoryItemId, mnl, 50)

      // An injected failure after the order, payments and stock: all of it is compensated.
      const failing = await openTicket()
      await scan(failing, v.barcode, 2)
      const totalFailing = Number((await call("get", `/admin/kassa/pos/tickets/${failing.id}`, cashier)).data.ticket.totals.total)
      const failed = await checkout(failing, [{ method: "test_voucher", amount: totalFailing, data: { fail: true } }], "fail-key-1")
      expect(failed.status).toBeGreaterThanOrEqual(400)
      expect(failed.data.message).toContain("The voucher service is down")
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(50)
      expect((await api.get("/admin/orders?fields=id", owner)).data.count).toBe(0)
      const payments = await container.resolve(Modules.PAYMENT).listPaymentCollections({})
      expect(payments).toHaveLength(0)
      expect((await call("get", `/admin/kassa/pos/tickets/${failing.id}`, cashier)).data.ticket.status).toBe("open")

      const tickets: Ticket[] = []
      for (let i = 0; i < 6; i++) {
        const t = await openTicket(i % 2 ? r2 : r1)
        await scan(t, v.barcode)
        tickets.push(t)
      }
      const sales = await Promise.all(tickets.map((t, i) => checkout(t, [{ method: "cash", tendered: 1000000 }], `gapless-key-${i}`)))
      expect(sales.map((s) => s.status)).toEqual([200, 200, 200, 200, 200, 200])
      const numbers = sales.map((s) => Number(s.data.sale.receipt_number.split("-").pop())).sort((a, b) => a - b)
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6])
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(44)
      // The failed ticket, fixed, goes through with the next number.
      const fixed = await checkout(failing, [{ method: "cash", tendered: 1000000 }], "fail-key-2")
      expect(fixed.status).toBe(200)
      expect(fixed.data.sale.receipt_number.endsWith("-000007")).toBe(true)
    })

    it("checks tenders: short, card numbers, unknown methods; and the branch", async () => {
      const container = getContainer()
      const v = await plainVariant(container, 5, mnl)
      const ticket = await openTicket()
      await scan(ticket, v.barcode)
      const short = await checkout(ticket, [{ method: "cash", tendered: 1 }], "tender-key-1")
      expect(short.status).toBe(400)
      expect(short.data.message).toMatch(/^Cash handed over \(1\.00\) is less than the [\d.]+ due$/)
      const pan = await checkout(ticket, [{ method: "card", amount: 1, card_last4: "4242", reference: "4111111111111111" }, { method: "cash", tendered: 1000000 }], "tender-key-2")
      expect(pan.status).toBe(400)
      expect(pan.data.message).toContain("looks like a payment card number")
      const unknownMethod = await checkout(ticket, [{ method: "barter", amount: 1 }], "tender-key-3")
      expect(unknownMethod.data.message).toContain('Unknown tender "barter"')

      // A cashier of Manila cannot sell at Davao.
      const dav = branches.DAV
      const elsewhere = await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: dav.location, register_id: dav.registers.R1 })
      expect(elsewhere.status).toBe(403)
    })

    it("attaches a customer found or added by phone, prints the receipt and e-mails it through SMTP", async () => {
      const container = getContainer()
      const v = await plainVariant(container, 6, mnl)
      const bad = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Liza", phone: "12345" })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("is not a phone number: it has the wrong number of digits")
      const added = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Liza", last_name: "Soberano", phone: "0917 555 0101", email: "liza@example.com" })
      expect(added.status).toBe(201)
      expect(added.data.customer.phone).toBe("+639175550101")
      const again = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Liza", phone: "+63 917 555 0101" })
      expect(again.data).toEqual(expect.objectContaining({ created: false, customer: expect.objectContaining({ id: added.data.customer.id }) }))
      const found = await call("get", "/admin/kassa/pos/customers?q=09175550101", cashier)
      expect(found.data.customers.map((c: { id: string }) => c.id)).toEqual([added.data.customer.id])

      const ticket = await openTicket()
      await scan(ticket, v.barcode, 2)
      expect((await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { customer_id: added.data.customer.id })).status).toBe(200)
      const sold = await checkout(ticket, [{ method: "cash", tendered: 1000000 }], "receipt-key-1")
      expect(sold.status).toBe(200)
      const { order_id, receipt_number } = sold.data.sale

      const { data } = await call("get", `/admin/kassa/pos/sales/${order_id}/receipt`, cashier)
      expect(data.receipt).toEqual(
        expect.objectContaining({
          receipt_number,
          branch: expect.objectContaining({ code: "MNL", name: "Manila Branch", tax_id: "009-214-556-000" }),
          register: { code: "R1", name: "Counter 1" },
          cashier: { name: "Angelica Santos" },
          customer: { name: "Liza Soberano", phone: "+639175550101", email: "liza@example.com" },
          tax_inclusive: true,
        })
      )
      expect(data.receipt.lines).toEqual([expect.objectContaining({ quantity: 2, sku: v.sku })])
      // VAT extracted from the tax-inclusive total: 12 % of the taxable amount, to the centavo.
      const [vat] = data.receipt.taxes
      expect(vat).toEqual(expect.objectContaining({ label: "VAT", rate: 12 }))
      expect(Number(vat.taxable) + Number(vat.amount)).toBeCloseTo(Number(data.receipt.total), 2)

      const html = await api.get(`/admin/kassa/pos/sales/${order_id}/receipt?format=html&layout=a4`, cashier)
      expect(html.headers["content-type"]).toContain("text/html")
      expect(html.data).toContain(receipt_number)
      const pdf = await api.get(`/admin/kassa/pos/sales/${order_id}/receipt?format=pdf`, { ...cashier, responseType: "arraybuffer" })
      expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")

      const sent = await call("post", `/admin/kassa/pos/sales/${order_id}/receipt/email`, cashier, {})
      expect(sent.status).toBe(200)
      expect(sent.data.sent.to).toBe("liza@example.com")
      const mail = mails.find((m) => m.to.includes("liza@example.com"))!
      expect(mail.from).toBe("receipts@example.com")
      expect(mail.raw).toContain(`Subject: Your receipt ${receipt_number} from Manila Branch`)
      expect(mail.raw).toMatch(new RegExp(`filename="?${receipt_number}\\.pdf`))

      // A branch that e-mails receipts sends each sale's to its customer as it completes, once.
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, cashier, { email_receipts: true })).status).toBe(403)
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, owner, { email_receipts: "yes" })).data.message).toContain("email_receipts")
      const on = await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, owner, { email_receipts: true })
      expect(on.data.settings.email_receipts).toBe(true)
      const next = await openTicket()
      await scan(next, v.barcode, 1)
      await call("post", `/admin/kassa/pos/tickets/${next.id}`, cashier, { customer_id: added.data.customer.id })
      const second = (await checkout(next, [{ method: "cash", tendered: 1000000 }], "receipt-key-2")).data.sale
      const subject = `Subject: Your receipt ${second.receipt_number} from Manila Branch`
      for (let i = 0; i < 100 && !mails.some((m) => m.raw.includes(subject)); i++) await new Promise((r) => setTimeout(r, 100))
      // The event delivered again (a retry, a second instance) sends nothing more.
      await container.resolve(Modules.EVENT_BUS).emit({ name: "kassa.pos.sale_completed", data: { id: second.order_id, receipt_number: second.receipt_number, ticket_id: next.id, register_id: r1, stock_location_id: mnl, tenders: ["cash"], has_serials: false } })
      await new Promise((r) => setTimeout(r, 1000))
      expect(mails.filter((m) => m.raw.includes(subject))).toHaveLength(1)
      await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, owner, { email_receipts: false })
    })

    it("parks and resumes, needs serials for phones, applies promotions and overrides, pays commission, and takes a return", async () => {
      const container = getContainer()
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const agentUser = (await container.resolve(Modules.USER).listUsers({ email: "agent1.mnl@example.com" }))[0]
      const [agent] = await staff.listStaffMembers({ user_id: agentUser.id })
      await call("post", `/admin/kassa/staff/${agent.id}`, owner, { commission_rate: 2.5 })

      // Branch settings: a receipt pattern of the retailer's, checked.
      const badPattern = await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, manager, { receipt_pattern: "OR-{yyyy}" })
      expect(badPattern.status).toBe(400)
      expect(badPattern.data.message).toContain("must contain {seq}")
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, cashier, { allow_negative_stock: true })).status).toBe(403)
      const settings = await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, manager, { receipt_pattern: "OR-{yy}{mm}-{seq:4}" })
      expect(settings.data.settings.receipt_pattern).toBe("OR-{yy}{mm}-{seq:4}")

      // A phone needs one serial number per unit before checkout.
      const phone = buildCatalog().find((p) => p.category === "iPhone")!.variants[0]
      const [phoneItem] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku: phone.sku })
      await setStock(container, phoneItem.id, mnl, 5)
      const ticket = await openTicket()
      let view: Ticket = (await scan(ticket, phone.barcode, 2)).data.ticket
      const line = view.lines[0]
      const noSerial = await checkout(ticket, [{ method: "cash", tendered: 1000000 }], "serial-key-1")
      expect(noSerial.status).toBe(400)
      expect(noSerial.data.message).toContain("needs a serial number for each of its 2 unit(s) (0 given)")
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines/${line.id}`, cashier, { serial_numbers: ["SN-A1", "SN-A2"] })

      // Park it, find it among the parked, resume it.
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { status: "parked", note: "Customer gets cash", sales_agent_id: agent.id })
      const parked = await call("get", `/admin/kassa/pos/tickets?location_id=${mnl}&status=parked`, cashier)
      expect(parked.data.tickets.map((t: { id: string }) => t.id)).toEqual([ticket.id])
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { status: "open" })

      // A manager overrides the price with a reason; a promotion code takes 10 % off.
      const override = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines/${line.id}`, manager, { override_price: 50000, override_reason: "Price match with a competitor" })
      expect(override.status).toBe(200)
      expect(override.data.ticket.lines[0].override).toEqual(expect.objectContaining({ price: "50000.00", reason: "Price match with a competitor" }))
      // Prices include VAT here, so the promotion's 10 % is of the VAT-inclusive price.
      const promo = await call("post", "/admin/promotions", owner, {
        code: "PASKO10",
        type: "standard",
        is_tax_inclusive: true,
        status: "active",
        application_method: { type: "percentage", target_type: "items", allocation: "each", max_quantity: 5, value: 10, currency_code: "php" },
      })
      expect(promo.status).toBe(200)
      view = (await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { promo_codes: ["PASKO10"] })).data.ticket
      expect(view.lines[0].adjustments).toEqual([{ code: "PASKO10", amount: "10000.00" }])
      expect(view.totals.total).toBe("90000.00")

      const sold = await checkout(ticket, [{ method: "cash", tendered: 90000 }], "serial-key-2")
      expect(sold.status).toBe(200)
      expect(sold.data.sale.receipt_number).toMatch(/^OR-\d{4}-0001$/)
      const order = (await api.get(`/admin/orders/${sold.data.sale.order_id}?fields=id,total,*items,items.metadata,*customer`, owner)).data.order
      expect(order.items[0].metadata).toEqual(expect.objectContaining({ serial_numbers: ["SN-A1", "SN-A2"], price_override: expect.objectContaining({ to: 50000 }) }))

      // The agent's commission: 2.5 % of the total before VAT, in the running totals.
      const { data } = await call("get", `/admin/kassa/pos/commissions?location_id=${mnl}`, manager)
      const base = 90000 - Number((await call("get", `/admin/kassa/pos/sales/${order.id}/receipt`, cashier)).data.receipt.taxes[0].amount)
      expect(data.commissions).toEqual([
        expect.objectContaining({ staff_member_id: agent.id, name: "Kristine Reyes", orders: 1, base_total: base.toFixed(2), commission_total: (Math.round(base * 2.5) / 100).toFixed(2) }),
      ])
      expect((await call("get", `/admin/kassa/pos/commissions?location_id=${mnl}`, cashier)).status).toBe(403)

      // The Medusa admin can start a return on the counter sale.
      const ret = await call("post", "/admin/returns", owner, { order_id: order.id, location_id: mnl })
      expect(ret.status).toBe(200)
      const item = await call("post", `/admin/returns/${ret.data.return.id}/request-items`, owner, { items: [{ id: order.items[0].id, quantity: 1 }] })
      expect(item.status).toBe(200)
    })
  
    it("applies automatic promotions as the web store does: an active one without a code, a draft one not at all", async () => {
      const v = await plainVariant(getContainer(), 3, mnl)
      const ticket = await openTicket()
      expect((await scan(ticket, v.barcode)).data.ticket.lines[0].adjustments).toEqual([])
      const promo = await call("post", "/admin/promotions", owner, {
        code: "AUTO5",
        type: "standard",
        is_automatic: true,
        is_tax_inclusive: true,
        status: "draft",
        application_method: { type: "percentage", target_type: "items", allocation: "each", max_quantity: 5, value: 5, currency_code: "php" },
      })
      expect(promo.status).toBe(200)
      const view = async () => (await call("get", `/admin/kassa/pos/tickets/${ticket.id}`, cashier)).data.ticket
      expect((await view()).lines[0].adjustments).toEqual([])

      await call("post", `/admin/promotions/${promo.data.promotion.id}`, owner, { status: "active" })
      const active = await view()
      const price = Number(active.lines[0].price)
      const off = Math.round(price * 5) / 100
      expect(active.lines[0].adjustments).toEqual([{ code: "AUTO5", amount: off.toFixed(2) }])
      expect(active.totals.total).toBe((price - off).toFixed(2))
      const sold = await checkout(ticket, [{ method: "cash", tendered: price }], "automatic-promotion")
      expect(sold.status).toBe(200)
      const order = (await api.get(`/admin/orders/${sold.data.sale.order_id}?fields=id,total,discount_total`, owner)).data.order
      expect([order.total, order.discount_total]).toEqual([price - off, off])
    })

    it("prices with the setup as it is now: a tax rate changed in the admin, or one for a product type, applies to the very next sale, by the branch's province too", async () => {
      const container = getContainer()
      // The counter keeps tax lines and the store's region between sales (cache/config-cache.ts),
      // told of changes by a trigger on each table they come from.
      const { rows } = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(
        `select count(distinct tgrelid)::int as n from pg_trigger where tgname = 'kassa_pos_config_changed'`
      )
      expect(rows[0].n).toBe(CONFIG_TABLES.length)
      const { data: rates } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "tax_rate",
        fields: ["id", "rate", "is_default", "tax_region.id", "tax_region.country_code"],
      })
      const vat = (rates as { id: string; rate: number; is_default: boolean; tax_region: { id: string; country_code: string } }[]).find(
        (r) => r.is_default && r.tax_region.country_code === "ph"
      )!
      const v = await plainVariant(container, 5, mnl)
      const sell = async (key: string) => {
        const ticket = await openTicket()
        const line = (await scan(ticket, v.barcode)).data.ticket.lines[0]
        const sold = await checkout(ticket, [{ method: "cash", tendered: Number(line.price) }], key)
        expect(sold.status).toBe(200)
        const { order } = (await api.get(`/admin/orders/${sold.data.sale.order_id}?fields=id,items.tax_lines.rate`, owner)).data
        return order.items[0].tax_lines.map((t: { rate: number }) => t.rate)
      }
      expect(await sell("vat-before")).toEqual([Number(vat.rate)])
      expect(await sell("vat-again")).toEqual([Number(vat.rate)])
      expect((await call("post", `/admin/tax-rates/${vat.id}`, owner, { rate: 10 })).status).toBe(200)
      expect(await sell("vat-after")).toEqual([10])

      // A rate for a product type, as a cart gets it: the product's type counts once a rule names one.
      const type = (await call("post", "/admin/product-types", owner, { value: "Reduced-rate accessories" })).data.product_type
      expect((await call("post", `/admin/products/${v.productId}`, owner, { type_id: type.id })).status).toBe(200)
      expect(await sell("typed-before-rule")).toEqual([10])
      const reduced = await call("post", "/admin/tax-rates", owner, {
        tax_region_id: vat.tax_region.id,
        name: "Reduced",
        code: "RED",
        rate: 5,
        rules: [{ reference: "product_type", reference_id: type.id }],
      })
      expect(reduced.status).toBe(200)
      expect(await sell("typed")).toEqual([5])
      // The type is read at each sale (it is not part of the kept setup).
      expect((await call("post", `/admin/products/${v.productId}`, owner, { type_id: null })).status).toBe(200)
      expect(await sell("untyped")).toEqual([10])

      // A province's rate, as a cart's shipping address gets it: the branch's address is where the goods leave from.
      const province = await call("post", "/admin/tax-regions", owner, {
        country_code: "ph",
        province_code: "ph-00",
        parent_id: vat.tax_region.id,
        default_tax_rate: { name: "NCR", code: "NCR", rate: 8 },
      })
      expect(province.status).toBe(200)
      const { address } = (await call("get", `/admin/stock-locations/${mnl}?fields=*address`, owner)).data.stock_location
      const at = (p: string | null) => call("post", `/admin/stock-locations/${mnl}`, owner, { address: { address_1: address.address_1, city: address.city, country_code: address.country_code, province: p } })
      expect((await at("PH-00")).status).toBe(200)
      expect(await sell("provincial")).toEqual([8])
      expect((await at(address.province)).status).toBe(200)
      expect(await sell("national")).toEqual([10])
    })

    it("runs the cash drawer: no sale without it, one per register, cash in/out, a void, expected vs counted, numbered frozen Z reports", async () => {
      const container = getContainer()
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      const managerStaff = (await call("get", "/admin/kassa/me", manager)).data.staff
      await call("post", `/admin/kassa/staff/${managerStaff.id}/pin`, owner, { pin: "2580" })
      const v = await plainVariant(container, 6, mnl)
      const sessions = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r1}&status=open`, cashier)).data.drawer_sessions
      expect(sessions).toHaveLength(1)
      const session = sessions[0]

      const again = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 500 })
      expect(again.status).toBe(409)
      // A workflow's CONFLICT, answered by core's error handler in the same shape.
      expect(again.data).toEqual({ type: "conflict", message: expect.stringContaining("This register's drawer is already open") })
      const badCount = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, denominations: { "1000": 1.5 } })
      expect(badCount.status).toBe(400)

      // Cash with change, card, and a sale voided by the cashier with the manager's PIN.
      const sell = async (quantity: number, tender: (total: number) => unknown, key: string) => {
        const t = await openTicket()
        const total = Number((await scan(t, v.barcode, quantity)).data.ticket.totals.total)
        const res = await checkout(t, [tender(total)], key)
        expect(res.status).toBe(200)
        return { total, sale: res.data.sale }
      }
      const cash = await sell(1, () => ({ method: "cash", tendered: 5000 }), "drawer-1")
      const card = await sell(2, (total) => ({ method: "card", amount: total, card_last4: "4242", reference: "T-77" }), "drawer-2")
      const mistake = await sell(1, () => ({ method: "cash" }), "drawer-3")
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(6)

      // The counter offers the managers who can approve here, by name.
      const approvers = (await call("get", `/admin/kassa/pos/pin-staff?location_id=${mnl}&policy=pos:void`, cashier)).data.staff
      expect(approvers).toEqual([expect.objectContaining({ staff_id: managerStaff.id })])
      const refused = await call("post", `/admin/kassa/pos/sales/${mistake.sale.order_id}/void`, cashier, { reason: "Rang up twice" })
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe("Voiding a sale needs pos:void, or a manager's PIN (approval)")
      const wrongPin = await call("post", `/admin/kassa/pos/sales/${mistake.sale.order_id}/void`, cashier, { reason: "Rang up twice", approval: { staff_id: managerStaff.id, pin: "0000" } })
      expect(wrongPin.status).toBe(401)
      const voided = await call("post", `/admin/kassa/pos/sales/${mistake.sale.order_id}/void`, cashier, { reason: "Rang up twice", approval: { staff_id: managerStaff.id, pin: "2580" } })
      expect([voided.status, voided.data.message]).toEqual([200, undefined])
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(7)
      const order = (await api.get(`/admin/orders/${mistake.sale.order_id}?fields=id,status,payment_status,*fulfillments`, owner)).data.order
      expect(order.status).toBe("canceled")
      expect(order.payment_status).toBe("refunded")
      const voidReceipt = await call("get", `/admin/kassa/pos/sales/${mistake.sale.order_id}/receipt?format=text`, cashier)
      expect(voidReceipt.data).toMatch(/\*\*\* VOID .* \*\*\*/)
      expect(voidReceipt.data).toContain("Rang up twice (approved by")
      const twice = await call("post", `/admin/kassa/pos/sales/${mistake.sale.order_id}/void`, manager, { reason: "again" })
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe(`Sale ${mistake.sale.receipt_number} is already void`)

      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/cash-movements`, cashier, { type: "in", amount: 500, reason: "Change fund" })).status).toBe(201)
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/cash-movements`, cashier, { type: "out", amount: 300.5, reason: "Bank drop" })).status).toBe(201)
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/cash-movements`, cashier, { type: "out", amount: 0, reason: "Nothing" })).status).toBe(400)

      // X report: the void counts in neither sales nor cash.
      const expected = 2000 + cash.total + 500 - 300.5
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report`, cashier)).data
      expect(x.kind).toBe("X")
      expect(x.figures.sales).toEqual(expect.objectContaining({ count: 2, amount: (cash.total + card.total).toFixed(2) }))
      expect(x.figures.tenders).toEqual([
        { method: "card", count: 1, amount: card.total.toFixed(2) },
        { method: "cash", count: 1, amount: cash.total.toFixed(2) },
      ])
      expect(x.figures.voids).toEqual({ count: 1, amount: mistake.total.toFixed(2) })
      expect(x.figures.staff).toEqual([expect.objectContaining({ count: 2, amount: (cash.total + card.total).toFixed(2) })])
      expect(x.figures.cash).toEqual(expect.objectContaining({ opening_float: "2000.00", cash_in: "500.00", cash_out: "300.50", expected: expected.toFixed(2), counted: null }))

      // Someone else's drawer needs pos:manage_drawers and a note; the cashier closes their own, 20 short.
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/close`, manager, { counted_cash: expected })).status).toBe(400)
      const counted = expected - 20
      const closed = await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/close`, cashier, { counted_cash: counted })
      expect(closed.status).toBe(200)
      expect(closed.data.z_report).toEqual(expect.objectContaining({ number: 1, register_id: r1 }))
      expect(closed.data.z_report.figures.cash).toEqual(expect.objectContaining({ counted: counted.toFixed(2), over_short: "-20.00" }))
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/close`, cashier, { counted_cash: counted })).status).toBe(400)

      // Closed: no more sales at R1, and the day's sale can no longer be voided (a return instead).
      const late = await openTicket()
      await scan(late, v.barcode)
      const noDrawer = await checkout(late, [{ method: "cash" }], "drawer-4")
      expect(noDrawer.status).toBe(400)
      expect(noDrawer.data.message).toContain("This register's cash drawer is not open")
      const afterZ = await call("post", `/admin/kassa/pos/sales/${cash.sale.order_id}/void`, manager, { reason: "Too late" })
      expect(afterZ.status).toBe(400)
      expect(afterZ.data.message).toContain("is closed: take a return instead")

      const html = await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report?format=html`, cashier)
      expect(html.data).toContain("Z REPORT #1")
      expect(html.data).toContain("SHORT")
      const pdf = await api.get(`/admin/kassa/pos/drawer-sessions/${session.id}/report?format=pdf`, { ...cashier, responseType: "arraybuffer" })
      expect(Buffer.from(pdf.data).subarray(0, 4).toString()).toBe("%PDF")
      await expect(
        container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw(`update kassa_pos_z_report set figures = '{}' where session_id = ?`, [session.id])
      ).rejects.toThrow("is issued and cannot be changed")

      // The next session at R1 gets Z report 2; the manager force-closes R2's abandoned drawer.
      const next = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 1000 })
      expect(next.status).toBe(201)
      const z2 = await call("post", `/admin/kassa/pos/drawer-sessions/${next.data.drawer_session.id}/close`, cashier, { denominations: { "1000": 1 } })
      expect(z2.data.z_report).toEqual(expect.objectContaining({ number: 2 }))
      expect(z2.data.z_report.figures.cash.over_short).toBe("0.00")
      const r2Session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r2}&status=open`, cashier)).data.drawer_sessions[0]
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${r2Session.id}/close`, manager, { counted_cash: 2000 })).status).toBe(400)
      const forced = await call("post", `/admin/kassa/pos/drawer-sessions/${r2Session.id}/close`, manager, { counted_cash: 2000, note: "Cashier went home" })
      expect(forced.status).toBe(200)
      const r2View = (await call("get", `/admin/kassa/pos/drawer-sessions/${r2Session.id}`, manager)).data
      expect(r2View.drawer_session).toEqual(expect.objectContaining({ status: "closed", force_closed: true, close_note: "Cashier went home" }))
    })
  
    it("takes returns at the counter: found by receipt, partial, resellable vs damaged, refunded with VAT, approval over the limit", async () => {
      const container = getContainer()
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      const managerStaff = (await call("get", "/admin/kassa/me", manager)).data.staff
      await call("post", `/admin/kassa/staff/${managerStaff.id}/pin`, owner, { pin: "2580" })
      const v = await plainVariant(container, 7, mnl)
      const ticket = await openTicket()
      const view: Ticket = (await scan(ticket, v.barcode, 3)).data.ticket
      const unit = Number(view.lines[0].price)
      const sold = await checkout(ticket, [{ method: "cash", tendered: 100000 }], "return-sale")
      expect(sold.status).toBe(200)
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(7)

      // Found by the receipt number (what the receipt's barcode holds).
      const found = await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${sold.data.sale.receipt_number}`, cashier)
      expect(found.data.sales).toHaveLength(1)
      const line = found.data.sales[0].lines[0]
      expect(line).toEqual(expect.objectContaining({ title: v.title, quantity: 3, returnable: 3 }))

      const ret = (body: object, who = cashier) =>
        call("post", "/admin/kassa/pos/returns", who, { order_id: sold.data.sale.order_id, register_id: r1, reason: "Changed mind", refund: { method: "cash" }, ...body })
      const noCard = await ret({ items: [{ item_id: line.item_id, quantity: 1, condition: "resellable" }], refund: { method: "card" } })
      expect(noCard.status).toBe(400)
      expect(noCard.data.message).toContain("card_last4")

      // One back on the shelf, one damaged: both refunded, only one restocked (under the branch's limit).
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, manager, { return_approval_amount: 50000 })).data.settings.return_approval_amount).toBe("50000.00")
      const first = await ret({ items: [{ item_id: line.item_id, quantity: 1, condition: "resellable" }, { item_id: line.item_id, quantity: 1, condition: "damaged" }] })
      expect([first.status, first.data.message]).toEqual([201, undefined])
      expect(first.data.return).toEqual(expect.objectContaining({ number: `${sold.data.sale.receipt_number}-R1`, refund_method: "cash" }))
      expect(Number(first.data.return.refund_total)).toBe(2 * unit)
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(8)
      const order = (await api.get(`/admin/orders/${sold.data.sale.order_id}?fields=id,summary,*returns,*returns.items,payment_status`, owner)).data.order
      expect(order.returns).toHaveLength(1)
      expect(order.returns[0].status).toBe("received")
      expect(order.returns[0].items).toEqual(expect.arrayContaining([expect.objectContaining({ received_quantity: 2, damaged_quantity: 1 })]))
      expect(Number(order.summary.pending_difference)).toBe(0)
      expect(order.payment_status).toBe("partially_refunded")

      const tooMany = await ret({ items: [{ item_id: line.item_id, quantity: 2, condition: "resellable" }] })
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toBe(`${v.title}: 2 to return but only 1 of 3 can still be returned`)

      // Over the branch's limit: the cashier needs a manager's PIN.
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, manager, { return_approval_amount: 100 })).status).toBe(200)
      const last = { items: [{ item_id: line.item_id, quantity: 1, condition: "resellable" }] }
      const refused = await ret(last)
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe("This return needs pos:refund, or a manager's PIN (approval)")
      const approved = await ret({ ...last, approval: { staff_id: managerStaff.id, pin: "2580" } })
      expect(approved.status).toBe(201)
      expect(approved.data.return).toEqual(expect.objectContaining({ number: `${sold.data.sale.receipt_number}-R2`, approved_by: managerStaff.id }))
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(9)

      const slip = await call("get", `/admin/kassa/pos/returns/${first.data.return.id}/receipt?format=text`, cashier)
      expect(slip.data).toContain("REFUND RECEIPT")
      expect(slip.data).toContain("Damaged: not restocked")
      const session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r1}&status=open`, cashier)).data.drawer_sessions[0]
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report`, cashier)).data.figures
      expect(x.returns).toEqual({ count: 2, amount: (3 * unit).toFixed(2), by_method: [{ method: "cash", count: 2, amount: (3 * unit).toFixed(2) }] })
      expect(x.cash).toEqual(expect.objectContaining({ cash_sales: (3 * unit).toFixed(2), cash_refunds: (3 * unit).toFixed(2), expected: "2000.00" }))
    })
  
    it("exchanges at the counter both ways: the customer pays the difference, or the store refunds it", async () => {
      const container = getContainer()
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, manager, { return_approval_amount: 100000 })
      const cheap = await plainVariant(container, 8, mnl)
      const ticket = await openTicket()
      const priceOf = async (code: string) => Number((await call("get", `/admin/kassa/pos/scan?location_id=${mnl}&q=${code}`, cashier)).data.variants[0].price.amount)
      const pCheap = await priceOf(cheap.barcode)
      let dear = await plainVariant(container, 9, mnl)
      for (let i = 10; (await priceOf(dear.barcode)) <= pCheap; i++) dear = await plainVariant(container, i, mnl)
      const pDear = await priceOf(dear.barcode)
      await scan(ticket, cheap.barcode)
      const sold = await checkout(ticket, [{ method: "cash", tendered: pCheap }], "exchange-sale")
      expect(sold.status).toBe(200)
      const orderId = sold.data.sale.order_id
      const lines = async () => (await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${sold.data.sale.receipt_number}`, cashier)).data.sales[0].lines
      const cheapLine = (await lines())[0]

      // Up: the cheap item back, the dear one out; the customer pays the difference in cash.
      const exchange = (body: object) => call("post", "/admin/kassa/pos/exchanges", cashier, { order_id: orderId, register_id: r1, reason: "Wants the other one", ...body })
      const unpaid = await exchange({ return_items: [{ item_id: cheapLine.item_id, quantity: 1, condition: "resellable" }], new_items: [{ code: dear.barcode, quantity: 1 }] })
      expect(unpaid.status).toBe(400)
      expect(unpaid.data.message).toContain("The customer owes")
      expect(await stockOf(container, dear.inventoryItemId, mnl)).toBe(10)
      expect(await stockOf(container, cheap.inventoryItemId, mnl)).toBe(9)
      const up = await exchange({
        return_items: [{ item_id: cheapLine.item_id, quantity: 1, condition: "resellable" }],
        new_items: [{ code: dear.barcode, quantity: 1 }],
        payment: { method: "cash", tendered: 100000 },
      })
      expect([up.status, up.data.message]).toEqual([201, undefined])
      expect(Number(up.data.exchange.paid_total)).toBe(pDear - pCheap)
      expect(Number(up.data.change)).toBe(100000 - (pDear - pCheap))
      expect(up.data.exchange.exchange_id).toBeTruthy()
      expect(await stockOf(container, cheap.inventoryItemId, mnl)).toBe(10)
      expect(await stockOf(container, dear.inventoryItemId, mnl)).toBe(9)
      const exchangesOf = async () => (await api.get(`/admin/exchanges?order_id=${orderId}&fields=id,order_id,canceled_at`, owner)).data.exchanges
      const summaryOf = async () => (await api.get(`/admin/orders/${orderId}?fields=id,summary`, owner)).data.order.summary
      expect(await exchangesOf()).toHaveLength(1)
      expect(Number((await summaryOf()).pending_difference)).toBe(0)
      // The new item carries its VAT like a sale's, and the difference paid Medusa's own collection.
      const after = (await api.get(`/admin/orders/${orderId}?fields=id,*items,items.tax_lines.rate,*payment_collections`, owner)).data.order
      const added = after.items.find((i: { variant_id: string }) => i.variant_id === dear.id)
      expect(added.tax_lines.map((t: { rate: number }) => Number(t.rate))).toEqual([12])
      expect(after.payment_collections.map((c: { status: string }) => c.status).filter((st: string) => st === "not_paid")).toEqual([])
      const slip = await call("get", `/admin/kassa/pos/returns/${up.data.exchange.id}/receipt?format=text`, cashier)
      expect(slip.data).toContain("EXCHANGE RECEIPT")
      expect(slip.data).toContain(`1 x ${dear.title}`)
      expect(slip.data).toContain("CUSTOMER PAID")

      // Down: the dear item (now on the order) back damaged, the cheap one out; the store refunds by card.
      const dearLine = (await lines()).find((l: { title: string; returnable: number }) => l.title === dear.title && l.returnable === 1)
      const down = await exchange({
        return_items: [{ item_id: dearLine.item_id, quantity: 1, condition: "damaged" }],
        new_items: [{ variant_id: cheap.id, quantity: 1 }],
        refund: { method: "card", card_last4: "4242" },
      })
      expect([down.status, down.data.message]).toEqual([201, undefined])
      expect(Number(down.data.exchange.refund_total)).toBe(pDear - pCheap)
      expect(await stockOf(container, dear.inventoryItemId, mnl)).toBe(9)
      expect(await stockOf(container, cheap.inventoryItemId, mnl)).toBe(9)
      expect(await exchangesOf()).toHaveLength(2)
      expect(Number((await summaryOf()).pending_difference)).toBe(0)

      const session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r1}&status=open`, cashier)).data.drawer_sessions[0]
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report`, cashier)).data.figures
      expect(x.cash).toEqual(expect.objectContaining({ cash_exchanges: (pDear - pCheap).toFixed(2), expected: (2000 + pCheap + pDear - pCheap).toFixed(2) }))
    })
  
    it("never loses a sale to a drawer closing at the same moment: it is in the Z report or refused with a 409", async () => {
      const container = getContainer()
      const v = await plainVariant(container, 11, mnl)
      const session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r2}&status=open`, cashier)).data.drawer_sessions[0]
      const tickets: Ticket[] = []
      for (let i = 0; i < 4; i++) {
        const t = await openTicket(r2)
        await scan(t, v.barcode)
        tickets.push(t)
      }
      const [close, ...sales] = await Promise.all([
        call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/close`, cashier, { counted_cash: 2000 }),
        ...tickets.map((t, i) => checkout(t, [{ method: "cash" }], `close-race-${i}`)),
      ])
      expect(close.status).toBe(200)
      const sold = sales.filter((r) => r.status === 200)
      expect(sales.every((r) => r.status === 200 || r.status === 409 || r.status === 400)).toBe(true)
      const z = close.data.z_report.figures
      expect(z.sales.count).toBe(sold.length)
      // Every refused sale left nothing: its units are still on the shelf.
      expect(await stockOf(container, v.inventoryItemId, mnl)).toBe(10 - sold.length)
      expect((await api.get("/admin/orders?fields=id", owner)).data.count).toBe(sold.length)
    })
  
    it("lets another cashier take over the counter with their PIN, only one who sells at this branch", async () => {
      const container = getContainer()
      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const agentUser = (await container.resolve(Modules.USER).listUsers({ email: "agent1.mnl@example.com" }))[0]
      const [agent] = await staff.listStaffMembers({ user_id: agentUser.id })
      await call("post", `/admin/kassa/staff/${agent.id}/pin`, owner, { pin: "1470" })
      const ceb = branches.CEB.location
      const cebu = await staffHeaders(api, container, "cashier.ceb@example.com", { roles: ["Cashier"], branch_ids: [ceb] })
      const cebStaff = (await call("get", "/admin/kassa/me", cebu)).data.staff
      await call("post", `/admin/kassa/staff/${cebStaff.id}/pin`, owner, { pin: "3690" })

      const sellers = (await call("get", `/admin/kassa/pos/pin-staff?location_id=${mnl}&policy=pos:sell`, cashier)).data.staff
      expect(sellers.map((s: { staff_id: string }) => s.staff_id)).toContain(agent.id)
      expect(sellers.map((s: { staff_id: string }) => s.staff_id)).not.toContain(cebStaff.id)
      const wrong = await call("post", "/admin/kassa/pos/cashier-switch", cashier, { location_id: mnl, staff_id: agent.id, pin: "0000" })
      expect([wrong.status, wrong.data.message]).toEqual([401, "Wrong PIN"])
      const elsewhere = await call("post", "/admin/kassa/pos/cashier-switch", cashier, { location_id: mnl, staff_id: cebStaff.id, pin: "3690" })
      expect([elsewhere.status, elsewhere.data.message]).toEqual([403, "This staff member does not sell at this branch"])
      const switched = await call("post", "/admin/kassa/pos/cashier-switch", cashier, { location_id: mnl, staff_id: agent.id, pin: "1470" })
      expect(switched.status).toBe(200)
      const me = await call("get", "/admin/kassa/me", { headers: { authorization: `Bearer ${switched.data.token}` } })
      expect(me.data.staff.id).toBe(agent.id)
      const { data } = await call("get", `/admin/kassa/audit/entries?action=pin.cashier_switch`, owner)
      expect(data.entries.map((e: { changes: { result: string } }) => e.changes.result).sort()).toEqual(["accepted", "refused", "wrong_pin"])
    })
  },
})

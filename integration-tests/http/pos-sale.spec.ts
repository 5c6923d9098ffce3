import { STAFF_MODULE } from "@kassa/core/modules/staff"
import type { StaffModuleService } from "@kassa/core/kit"
import { defineTender } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { SMTPServer } from "smtp-server"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"

jest.setTimeout(300000)

// A real SMTP server for the receipt e-mails; the app is configured to send through it.
const mails: { from: string; to: string[]; raw: string }[] = []
const SMTP_PORT = 20000 + (process.pid % 20000)
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, done) {
    let raw = ""
    stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")))
    stream.on("end", () => {
      mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw })
      done()
    })
  },
})
smtp.listen(SMTP_PORT, "127.0.0.1")
// Set before the runner loads medusa-config.ts (its `env` option applies too late for that).
const SMTP_ENV = { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(SMTP_PORT), SMTP_IGNORE_TLS: "true", SMTP_FROM: "Galos Gadget Hub <receipts@example.com>" }
Object.assign(process.env, SMTP_ENV)
afterAll(async () => {
  for (const name of Object.keys(SMTP_ENV)) delete process.env[name]
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

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
    fields: ["id", "sku", "barcode", "product.title", "inventory_items.inventory_item_id"],
    filters: { sku },
  })
  const v = (data as { id: string; sku: string; barcode: string; product: { title: string }; inventory_items: { inventory_item_id: string }[] }[])[0]
  const found = { id: v.id, sku: v.sku, barcode: v.barcode, title: v.product.title, inventoryItemId: v.inventory_items[0].inventory_item_id }
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

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let branches: Awaited<ReturnType<typeof counterWorld>>
    let cashier: Headers
    let owner: Headers
    let mnl: string
    let r1: string
    let r2: string

    beforeEach(async () => {
      const container = getContainer()
      await seedDemoData(container, { staffPassword: TEST_PASSWORD })
      branches = await counterWorld(container)
      mnl = branches.MNL.location
      ;({ R1: r1, R2: r2 } = branches.MNL.registers)
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      owner = await adminHeaders(api, container, "owner@example.com")
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
      expect(other.data.message).toBe("The idempotency key double-click-key was used for a different checkout")
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
      expect(pan.data.message).toContain("looks like a card number")
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
      expect(bad.data.message).toContain("must be a mobile number")
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
      expect(vat.rate).toBe(12)
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
  },
})

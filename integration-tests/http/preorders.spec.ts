import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { allocateArrivalsWorkflow, expireLayaways, remindReady } from "@kassa/preorders/kit"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"
import { mailText, startTestSmtp } from "../helpers/smtp"
import { testPrinter } from "../helpers/test-printer"

jest.setTimeout(300000)

// A real SMTP server for the "ready for collection" e-mails; the app sends through it.
const mails = startTestSmtp("Galos Gadget Hub <preorders@example.com>")

async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const found = await probe()
    if (found) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

type Payment = { type: string; tender: string; amount: string; stock_location_id: string; receipt_number: string }
type Preorder = { id: string; number: string; kind: string; status: string; total: string; paid: string; balance: string; reservation_id: string | null; payments: Payment[] }

const centavos = (amount: string | number) => Math.round(Number(amount) * 100)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let r1: string
    let r2: string
    let cebR1: string
    let mnlDrawer: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let cebCashier: Headers

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
      const branches = data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]
      const manila = branches.find((b) => b.code === "MNL")!
      mnl = manila.stock_location_id
      ceb = branches.find((b) => b.code === "CEB")!.stock_location_id
      r1 = manila.registers.find((r) => r.code === "R1")!.id
      r2 = manila.registers.find((r) => r.code === "R2")!.id
      cebR1 = branches.find((b) => b.code === "CEB")!.registers.find((r) => r.code === "R1")!.id
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      cebCashier = await staffHeaders(api, container, "cashier.ceb@example.com", { roles: ["Cashier"], branch_ids: [ceb] })
      const drawer = await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 2000 })
      expect(drawer.status).toBe(201)
      mnlDrawer = drawer.data.drawer_session.id
    })

    /** A drawer session's X report figures (what the drawer should hold, its movements). */
    const xReport = async (sessionId: string, who = cashier) => (await call("get", `/admin/kassa/pos/drawer-sessions/${sessionId}/report`, who)).data.figures as {
      movements: { type: string; amount: string; reason: string }[]
      cash: { cash_in: string; cash_out: string; expected: string }
    }

    /** The n-th demo accessory (not serialized), with `stock` units at Manila (set through the module: no event). */
    const accessory = async (n: number, stock: number) => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[n].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: stock }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "barcode"], filters: { sku } })
      const v = data[0] as { id: string; barcode: string }
      return { variantId: v.id, barcode: v.barcode, itemId: item.id as string }
    }
    const levelAtMnl = async (itemId: string) => {
      const [l] = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemId, location_id: mnl })
      return { stocked: Number(l.stocked_quantity), reserved: Number(l.reserved_quantity) }
    }
    const reservationsAtMnl = (itemId: string) => getContainer().resolve(Modules.INVENTORY).listReservationItems({ inventory_item_id: itemId, location_id: mnl })

    let seq = 0
    const newCustomer = async () => {
      seq++
      const res = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Bea", last_name: `Preorder ${seq}`, phone: `0917 710 ${1000 + seq}`, email: `bea.preorder${seq}@example.com` })
      expect(res.status).toBe(201)
      return res.data.customer as { id: string; email: string }
    }
    // Taken at Manila's register R1 (whose drawer is open) unless the body says otherwise.
    const take = (who: Headers, body: Record<string, unknown>) => call("post", "/admin/kassa/preorders", who, { location_id: mnl, quantity: 1, register_id: r1, ...body })
    const read = async (id: string): Promise<Preorder> => (await call("get", `/admin/kassa/preorders/${id}`, cashier)).data.preorder
    const ticketWith = async (barcode: string) => {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: r1 })).data.ticket
      const line = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: barcode, quantity: 1 })
      return { id: ticket.id as string, line }
    }

    it("takes pre-orders with a deposit, reserves arriving stock for the oldest, e-mails the customer, takes the balance at another branch, hands over, and cancels with a refund", async () => {
      const container = getContainer()
      mails.length = 0
      const v = await accessory(0, 0)
      const [ana, ben, cora] = [await newCustomer(), await newCustomer(), await newCustomer()]

      // The branch's rules: 20 % minimum deposit by default; a 10 % cancellation fee set by the manager (not a cashier).
      expect((await call("post", `/admin/kassa/preorders/settings/${mnl}`, cashier, { cancel_fee_percent: 10 })).status).toBe(403)
      const rules = await call("post", `/admin/kassa/preorders/settings/${mnl}`, manager, { cancel_fee_percent: 10 })
      expect(rules.status).toBe(200)
      expect(rules.data.settings).toEqual(expect.objectContaining({ deposit_percent: 20, deposit_amount: "0.00", cancel_fee_percent: 10 }))

      // Bad input and rules: a clear 400 each, nothing written.
      const bad = await take(cashier, { customer_id: ana.id, variant_id: v.variantId, deposit: { tender: "cash", amount: -5 } })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/^Invalid request: .*'deposit, amount' too small/)
      const tooSmall = await take(cashier, { customer_id: ana.id, variant_id: v.variantId, deposit: { tender: "cash", amount: 1 } })
      expect(tooSmall.status).toBe(400)
      expect(tooSmall.data.message).toMatch(/^The deposit must be at least PHP [\d,]+\.\d\d at Manila/)
      expect((await take(cashier, { customer_id: ana.id, variant_id: v.variantId, deposit: { tender: "gold_bars", amount: 5000 } })).data.message).toMatch(/^This branch takes cash, card/)

      // Two pre-orders for the one unit to come: Ana first, then Ben.
      const first = await take(cashier, { customer_id: ana.id, variant_id: v.variantId, expected_at: "2027-01-15", deposit: { tender: "cash", amount: 2000 } })
      expect(first.status).toBe(201)
      const a: Preorder = first.data.preorder
      expect(a).toEqual(expect.objectContaining({ kind: "preorder", status: "awaiting_stock", paid: "2000.00", reservation_id: null }))
      expect(a.number).toMatch(/^PO-MNL-\d{6}$/)
      expect(a.payments).toEqual([expect.objectContaining({ type: "deposit", tender: "cash", amount: "2000.00", receipt_number: `${a.number}-1` })])
      expect(centavos(a.balance)).toBe(centavos(a.total) - 200_000)
      // The customer's slip says what is owed and when the goods are expected.
      const slip = await call("get", `/admin/kassa/preorders/${a.id}/slip?format=text`, cashier)
      expect(slip.status).toBe(200)
      expect(slip.data).toContain("PRE-ORDER DEPOSIT")
      expect(slip.data).toMatch(new RegExp(`Receipt no\\. +${a.number}-1`))
      expect(slip.data).toMatch(/Balance due +PHP 5,990\.00/)
      expect(slip.data).toMatch(/Expected +Jan 15, 2027/)
      expect((await call("get", `/admin/kassa/preorders/${a.id}/slip?receipt_number=${a.number}-9`, cashier)).status).toBe(404)
      // Cash needs a drawer: no register, a register whose drawer is closed, another branch's register: 400, nothing written (the next number is not used up).
      const noRegister = await take(cashier, { customer_id: ben.id, variant_id: v.variantId, register_id: undefined, deposit: { tender: "cash", amount: 2500 } })
      expect(noRegister.status).toBe(400)
      expect(noRegister.data.message).toBe("Cash needs the register whose drawer takes it: register_id")
      const closedDrawer = await take(cashier, { customer_id: ben.id, variant_id: v.variantId, register_id: r2, deposit: { tender: "cash", amount: 2500 } })
      expect(closedDrawer.status).toBe(400)
      expect(closedDrawer.data.message).toMatch(/^Register .+'s cash drawer is not open: open it to take or give cash$/)
      const elsewhere = await take(cashier, { customer_id: ben.id, variant_id: v.variantId, register_id: cebR1, deposit: { tender: "cash", amount: 2500 } })
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.data.message).toMatch(/is at another branch/)
      expect((await call("get", `/admin/kassa/preorders?customer_id=${ben.id}`, cashier)).data.count).toBe(0)
      // The cash deposit is in the register's drawer, named after the pre-order.
      let x = await xReport(mnlDrawer)
      expect(x.movements).toEqual([expect.objectContaining({ type: "in", amount: "2000.00", reason: `Pre-order ${a.number} deposit` })])
      expect(x.cash.cash_in).toBe("2000.00")
      // A card deposit needs no drawer (and no register).
      const second = await take(cashier, { customer_id: ben.id, variant_id: v.variantId, register_id: undefined, deposit: { tender: "card", amount: 2500 } })
      expect(second.status).toBe(201)
      const b: Preorder = second.data.preorder
      expect(Number(b.number.slice(-6))).toBe(Number(a.number.slice(-6)) + 1)

      // In stock elsewhere in the catalogue: not a pre-order.
      const inStock = await accessory(1, 5)
      const refused = await take(cashier, { customer_id: ana.id, variant_id: inStock.variantId, deposit: { tender: "cash", amount: 5000 } })
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/is in stock at Manila .*: sell it at the counter, or take a layaway$/)

      // One unit arrives through Medusa's admin (a count, a delivery): Ana's pre-order gets it, Ben's waits.
      const received = await call("post", `/admin/inventory-items/${v.itemId}/location-levels/${mnl}`, owner, { stocked_quantity: 1 })
      expect(received.status).toBe(200)
      const ready = await until(async () => ((await read(a.id)).status === "ready" ? read(a.id) : null), "Ana's pre-order to be ready")
      expect(ready.reservation_id).toMatch(/^resitem_/)
      expect((await read(b.id)).status).toBe("awaiting_stock")
      const reservations = await reservationsAtMnl(v.itemId)
      expect(reservations.map((r) => [r.id, Number(r.quantity), r.metadata?.kassa_preorder_id])).toEqual([[ready.reservation_id, 1, a.id]])
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 1, reserved: 1 })

      // Cora at the counter cannot buy the unit promised to Ana.
      const counter = await ticketWith(v.barcode)
      expect(counter.line.status).toBe(400)
      expect(counter.line.data.message).toMatch(/^Only 0 of /)

      // Ana is told by e-mail, through the SMTP server.
      const mail = await until(async () => mails.find((m) => m.to.includes(ana.email)), "the ready e-mail")
      expect(mail.raw).toContain(`Subject: Your ${a.number} is ready for collection`)
      expect(mailText(mail)).toContain(`reserved for you at Manila`)
      expect(mails.some((m) => m.to.includes(ben.email))).toBe(false)
      // The reminder repeats it after the branch's reminder_days (3), once per interval. The mail can
      // reach the SMTP server before the pass that sent it records so: a reminder pass before that
      // would reuse the first mail's idempotency key and send nothing.
      await until(async () => (await read(a.id) as Preorder & { notified_at: string | null }).notified_at, "the ready e-mail recorded")
      expect(await remindReady(container, new Date(Date.now() + 2 * 86_400_000))).toBe(0)
      expect(await remindReady(container, new Date(Date.now() + 4 * 86_400_000))).toBe(1)
      const reminder = await until(async () => mails.find((m) => m.to.includes(ana.email) && m.raw.includes("Subject: Reminder: your")), "the reminder e-mail")
      expect(reminder.raw).toContain(`Subject: Reminder: your ${a.number} is ready for collection`)
      expect(await remindReady(container, new Date(Date.now() + 4 * 86_400_000))).toBe(0)

      // The balance is paid at Cebu (any branch), never more than owed.
      const over = await call("post", `/admin/kassa/preorders/${a.id}/payments`, cebCashier, { location_id: ceb, tender: "card", amount: Number(a.balance) + 1 })
      expect(over.status).toBe(400)
      expect(over.data.message).toBe(`The payment ${(centavos(a.balance) / 100 + 1).toFixed(2)} is more than the balance ${a.balance} of pre-order ${a.number}`)
      expect((await call("post", `/admin/kassa/preorders/${a.id}/payments`, cebCashier, { location_id: mnl, tender: "card", amount: 1 })).status).toBe(403)
      const paid = await call("post", `/admin/kassa/preorders/${a.id}/payments`, cebCashier, { location_id: ceb, tender: "card", amount: Number(a.balance) })
      expect(paid.status).toBe(201)
      expect(paid.data.payment.receipt_number).toBe(`${a.number}-2`)
      expect(paid.data.preorder).toEqual(expect.objectContaining({ balance: "0.00", paid: a.total }))
      expect(paid.data.preorder.payments[1]).toEqual(expect.objectContaining({ type: "payment", tender: "card", stock_location_id: ceb }))

      // The dashboard's figures: what is held and still due on open ones, and what waits for stock.
      const figures = await call("get", `/admin/kassa/preorders/figures?location_id=${mnl}`, cashier)
      expect(figures.status).toBe(200)
      expect(figures.data.currencies).toEqual([{ currency_code: "php", open: 2, deposits_held: (centavos(a.total) / 100 + 2500).toFixed(2), balances_due: (centavos(b.total) / 100 - 2500).toFixed(2) }])
      expect(figures.data.waiting_per_variant).toEqual([expect.objectContaining({ variant_id: v.variantId, units: 1, preorders: 1 })])

      // Collected where the goods are held (Manila), not at Cebu; once.
      const atCebu = await call("post", `/admin/kassa/preorders/${a.id}/collect`, cebCashier, { location_id: ceb })
      expect(atCebu.status).toBe(400)
      expect(atCebu.data.message).toBe(`Pre-order ${a.number}'s goods are held at another branch: collect them there`)
      const collected = await call("post", `/admin/kassa/preorders/${a.id}/collect`, cashier, { location_id: mnl })
      expect(collected.status).toBe(200)
      expect(collected.data.preorder.status).toBe("collected")
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 0, reserved: 0 })
      expect(await reservationsAtMnl(v.itemId)).toEqual([])
      expect((await call("post", `/admin/kassa/preorders/${a.id}/collect`, cashier, { location_id: mnl })).status).toBe(400)

      // Ben cancels: a cashier may not, the manager may; his card deposit comes back on card less the 10 % fee.
      expect((await call("post", `/admin/kassa/preorders/${b.id}/cancel`, cashier, { location_id: mnl, reason: "Bought elsewhere" })).status).toBe(403)
      const canceled = await call("post", `/admin/kassa/preorders/${b.id}/cancel`, manager, { location_id: mnl, reason: "Bought elsewhere" })
      expect(canceled.status).toBe(200)
      expect(canceled.data.fee).toBe("250.00")
      expect(canceled.data.refunds).toEqual([expect.objectContaining({ tender: "card", amount: "2250.00", receipt_number: `${b.number}-2` })])
      expect(canceled.data.preorder).toEqual(expect.objectContaining({ status: "canceled", paid: "250.00" }))
      expect((await call("post", `/admin/kassa/preorders/${b.id}/cancel`, manager, { location_id: mnl, reason: "Twice" })).data.message).toBe(`Pre-order ${b.number} is already canceled`)

      // Cora's cash deposit comes back in cash out of the drawer of the register that cancels (less the fee); without a register: 400, still open.
      const c: Preorder = (await take(cashier, { customer_id: cora.id, variant_id: v.variantId, deposit: { tender: "cash", amount: 2000 } })).data.preorder
      const noDrawer = await call("post", `/admin/kassa/preorders/${c.id}/cancel`, manager, { location_id: mnl, reason: "Changed her mind" })
      expect(noDrawer.status).toBe(400)
      expect(noDrawer.data.message).toBe("Cash needs the register whose drawer takes it: register_id")
      expect(await read(c.id)).toEqual(expect.objectContaining({ status: "awaiting_stock", paid: "2000.00" }))
      const cashBack = await call("post", `/admin/kassa/preorders/${c.id}/cancel`, manager, { location_id: mnl, register_id: r1, reason: "Changed her mind" })
      expect(cashBack.status).toBe(200)
      expect(cashBack.data.refunds).toEqual([expect.objectContaining({ tender: "cash", amount: "1800.00" })])
      x = await xReport(mnlDrawer)
      expect(x.movements.map((m) => [m.type, m.amount, m.reason])).toEqual([
        ["in", "2000.00", `Pre-order ${a.number} deposit`],
        ["in", "2000.00", `Pre-order ${c.number} deposit`],
        ["out", "1800.00", `Pre-order ${c.number} refund`],
      ])
      expect(x.cash).toEqual(expect.objectContaining({ cash_in: "4000.00", cash_out: "1800.00", expected: "4200.00" }))

      // The list: by status, as CSV; the customer's own view through the store API.
      const list = await call("get", `/admin/kassa/preorders?location_id=${mnl}&variant_id=${v.variantId}`, cashier)
      expect(list.data.preorders.map((p: Preorder) => [p.number, p.status])).toEqual([[a.number, "collected"], [b.number, "canceled"], [c.number, "canceled"]])
      const csv = await call("get", `/admin/kassa/preorders?location_id=${mnl}&variant_id=${v.variantId}&format=csv`, cashier)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.data.split("\n")[1]).toMatch(new RegExp(`^${a.number},preorder,collected,`))
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email: ana.email, password: "customer-pass" } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: ana.id } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: ana.email, password: "customer-pass" })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const mine = await call("get", "/store/kassa/preorders", { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": key.token } })
      expect(mine.status).toBe(200)
      expect(mine.data.preorders.map((p: Preorder) => [p.number, p.status, p.balance])).toEqual([[a.number, "collected", "0.00"]])
      expect(mine.data.preorders[0].payments[0].created_by).toBeUndefined()
      expect((await call("get", "/store/kassa/preorders", { headers: { "x-publishable-api-key": key.token } })).status).toBe(401)
      })

    // Prices (the demo catalogue): accessory 0 AirPods 4 ₱7,990, 2 AirPods Pro 3 ₱15,490, 3 a ₱1,290 adapter; 20 % minimum deposit.
    it("keeps a layaway's units off the shelf over three visits and hands them over when paid; an expired layaway puts them back and refunds; a delivery ships one through Medusa's fulfillment", async () => {
      const v = await accessory(2, 3)
      const [ana, ben] = [await newCustomer(), await newCustomer()]

      // Visit 1: the deposit; the unit is reserved at once (the shelf shows one less to sell).
      const taken = await take(cashier, { kind: "layaway", customer_id: ana.id, variant_id: v.variantId, deposit: { tender: "cash", amount: 4000 } })
      expect(taken.status).toBe(201)
      const l: Preorder = taken.data.preorder
      expect(l).toEqual(expect.objectContaining({ kind: "layaway", status: "ready" }))
      expect(l.number).toMatch(/^LA-MNL-\d{6}$/)
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 3, reserved: 1 })
      const rest = centavos(l.balance)

      // Visit 2 at Cebu, visit 3 at Manila with the hand-over: each payment its own receipt.
      // Cash at Cebu goes into a Cebu register's drawer.
      const cebDrawer = await call("post", "/admin/kassa/pos/drawer-sessions", cebCashier, { register_id: cebR1, opening_float: 1000 })
      expect(cebDrawer.status).toBe(201)
      const second = await call("post", `/admin/kassa/preorders/${l.id}/payments`, cebCashier, { location_id: ceb, register_id: cebR1, tender: "cash", amount: 4000 })
      expect(second.data.payment.receipt_number).toBe(`${l.number}-2`)
      expect((await xReport(cebDrawer.data.drawer_session.id, cebCashier)).movements).toEqual([
        expect.objectContaining({ type: "in", amount: "4000.00", reason: `Layaway ${l.number} payment (${l.number}-2)` }),
      ])
      const early = await call("post", `/admin/kassa/preorders/${l.id}/collect`, cashier, { location_id: mnl })
      expect(early.status).toBe(400)
      expect(early.data.message).toBe(`Pre-order ${l.number} has a balance of ${((rest - 400_000) / 100).toFixed(2)}: pay it in full to collect`)
      const done = await call("post", `/admin/kassa/preorders/${l.id}/collect`, cashier, { location_id: mnl, payment: { tender: "card", amount: (rest - 400_000) / 100 } })
      expect(done.status).toBe(200)
      expect(done.data.preorder).toEqual(expect.objectContaining({ status: "collected", balance: "0.00" }))
      expect(done.data.preorder.payments.map((p: Payment) => [p.type, p.receipt_number])).toEqual([
        ["deposit", `${l.number}-1`],
        ["payment", `${l.number}-2`],
        ["payment", `${l.number}-3`],
      ])
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 2, reserved: 0 })

      // Ben's layaway runs out: the expiry pass puts the unit back and refunds his deposit in cash.
      const lapsing: Preorder = (await take(cashier, { kind: "layaway", customer_id: ben.id, variant_id: v.variantId, deposit: { tender: "cash", amount: 3500 } })).data.preorder
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 2, reserved: 1 })
      expect(await expireLayaways(getContainer(), new Date(Date.now() + 29 * 86_400_000))).toBe(0)
      expect(await expireLayaways(getContainer(), new Date(Date.now() + 31 * 86_400_000))).toBe(1)
      const expired = await read(lapsing.id)
      expect(expired).toEqual(expect.objectContaining({ status: "expired", paid: "0.00", reservation_id: null }))
      expect(expired.payments.at(-1)).toEqual(expect.objectContaining({ type: "refund", tender: "cash", amount: "-3500.00" }))
      // The job has no register: the cash refund is owed (paid at the counter later), not taken out of a drawer.
      expect((await xReport(mnlDrawer)).cash).toEqual(expect.objectContaining({ cash_in: "7500.00", cash_out: "0.00" }))
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 2, reserved: 0 })

      // A layaway asks for goods in stock: more than the shelf has is refused, nothing written.
      const short = await take(cashier, { kind: "layaway", customer_id: ben.id, variant_id: v.variantId, quantity: 3, deposit: { tender: "cash", amount: 10_000 } })
      expect(short.status).toBe(409)
      expect(short.data.message).toBe("Out of stock: Manila Branch has 2 available, the layaway needs 3")
      expect((await call("get", `/admin/kassa/preorders?customer_id=${ben.id}`, cashier)).data.count).toBe(1)

      // Delivery instead of collection: the fee on top of the balance, a Medusa fulfillment shipped from Manila, then delivered.
      const sent: Preorder = (await take(cashier, { kind: "layaway", customer_id: ben.id, variant_id: v.variantId, deposit: { tender: "cash", amount: 4000 } })).data.preorder
      const address = { first_name: "Ben", last_name: "Santos", phone: "0917 710 9999", address_1: "12 Mabini St", city: "Makati", postal_code: "1200", country_code: "PH" }
      const owed = centavos(sent.balance) + 15_000
      const short2 = await call("post", `/admin/kassa/preorders/${sent.id}/ship`, cashier, { location_id: mnl, address, fee: 150, payment: { tender: "card", amount: centavos(sent.balance) / 100 } })
      expect(short2.status).toBe(400)
      expect(short2.data.message).toBe(`Pre-order ${sent.number} has a balance of ${(owed / 100).toFixed(2)} with the delivery fee: pay it in full to deliver`)
      const shipped = await call("post", `/admin/kassa/preorders/${sent.id}/ship`, cashier, { location_id: mnl, address, fee: 150, payment: { tender: "card", amount: owed / 100 } })
      expect(shipped.status).toBe(200)
      expect(shipped.data.preorder).toEqual(expect.objectContaining({ status: "shipped", balance: "0.00", total: ((centavos(sent.total) + 15_000) / 100).toFixed(2) }))
      expect(shipped.data.preorder.delivery).toEqual(expect.objectContaining({ fee: "150.00", fulfillment_id: expect.stringMatching(/^ful_/) }))
      const fulfillmentId = shipped.data.preorder.delivery.fulfillment_id
      const fulfillments = getContainer().resolve(Modules.FULFILLMENT)
      let shipment = await fulfillments.retrieveFulfillment(fulfillmentId, { relations: ["delivery_address", "items"] })
      expect(shipment).toEqual(expect.objectContaining({ location_id: mnl, canceled_at: null, delivered_at: null, shipped_at: expect.anything() }))
      expect(shipment.delivery_address).toEqual(expect.objectContaining({ address_1: "12 Mabini St", city: "Makati", country_code: "ph" }))
      expect(shipment.items.map((i) => Number(i.quantity))).toEqual([1])
      expect(await levelAtMnl(v.itemId)).toEqual({ stocked: 1, reserved: 0 })
      const delivered = await call("post", `/admin/kassa/preorders/${sent.id}/delivered`, cashier, { location_id: mnl })
      expect(delivered.status).toBe(200)
      expect(delivered.data.preorder.status).toBe("delivered")
      shipment = await fulfillments.retrieveFulfillment(fulfillmentId)
      expect(shipment.delivered_at).not.toBeNull()
      expect((await call("post", `/admin/kassa/preorders/${sent.id}/delivered`, cashier, { location_id: mnl })).data.message).toBe(`Pre-order ${sent.number} is delivered: only a shipped one is marked delivered`)
    })

    it("prints a deposit's slip on the printer Manila routes preorder_slip to, with what is owed", async () => {
      const slips = await testPrinter()
      try {
        const printer = await call("post", "/admin/kassa/printing/printers", owner, { location_id: mnl, name: "Manila pre-orders", host: "127.0.0.1", port: slips.port, paper_width: 58, role: "receipt" })
        expect(printer.status).toBe(201)
        expect((await call("post", "/admin/kassa/printing/routing", owner, { location_id: mnl, task: "preorder_slip", printer_id: printer.data.printer.id })).status).toBe(200)
        const v = await accessory(3, 0)
        const taken = await take(cashier, { customer_id: (await newCustomer()).id, variant_id: v.variantId, expected_at: "2027-02-01", deposit: { tender: "cash", amount: 500 } })
        expect([taken.status, taken.data.message]).toEqual([201, undefined])
        const p: Preorder = taken.data.preorder
        const slip = (await slips.next()).toString("latin1")
        expect(slip).toContain("PRE-ORDER DEPOSIT")
        expect(slip).toMatch(new RegExp(`Receipt no\\. +${p.number}-1`))
        expect(slip).toMatch(/Expected +Feb 1, 2027/)
        // A slip never opens the drawer (ESC p); the print history lists it by the receipt number.
        expect(slip).not.toContain("\x1bp")
        const jobs = (await call("get", `/admin/kassa/printing/jobs?location_id=${mnl}`, manager)).data.print_jobs
        expect(jobs.filter((j: { kind: string }) => j.kind === "preorder_slip")).toEqual([expect.objectContaining({ receipt_number: `${p.number}-1`, printer_id: printer.data.printer.id })])
        // One slip for one payment.
        expect(await slips.quiet(1500)).toBe(true)
      } finally {
        await slips.close()
      }
    })

    it("never promises a unit twice: two arrivals and a counter sale racing for the same units", async () => {
      const container = getContainer()
      const v = await accessory(3, 0)
      const customers = [await newCustomer(), await newCustomer(), await newCustomer()]
      const waiting: Preorder[] = []
      for (const c of customers) waiting.push((await take(cashier, { customer_id: c.id, variant_id: v.variantId, deposit: { tender: "cash", amount: 300 } })).data.preorder)

      // Two units arrive without an event; the counter rings one up while two arrival passes run.
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: v.itemId, location_id: mnl, stocked_quantity: 2 }])
      const sale = await ticketWith(v.barcode)
      expect(sale.line.status).toBe(200)
      const run = () => allocateArrivalsWorkflow(container).run({ input: { location_id: mnl, inventory_item_ids: [v.itemId] } }).then((r) => r.result.length)
      const [sold, firstPass, secondPass] = await Promise.all([
        call("post", `/admin/kassa/pos/tickets/${sale.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `po-race-${sale.id}` } }, { tenders: [{ method: "cash", tendered: 100_000 }] }),
        run(),
        run(),
      ])
      const soldUnits = sold.status === 200 ? 1 : 0
      if (!soldUnits) expect(sold.data.message).toMatch(/^Out of stock/)
      const reservations = await reservationsAtMnl(v.itemId)
      const level = await levelAtMnl(v.itemId)
      // Every unit went once: to the sale or to one reservation, and the reserved units are on the shelf.
      expect(reservations.length + soldUnits).toBe(2)
      expect(firstPass + secondPass).toBe(reservations.length)
      expect(level).toEqual({ stocked: 2 - soldUnits, reserved: reservations.length })
      // Served oldest first, each at most once.
      const states = await Promise.all(waiting.map((p) => read(p.id)))
      expect(states.map((p) => p.status)).toEqual(waiting.map((_, i) => (i < reservations.length ? "ready" : "awaiting_stock")))
      expect(new Set(reservations.map((r) => r.metadata?.kassa_preorder_id)).size).toBe(reservations.length)
    })
  },
})

import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { expireStoreCreditWorkflow, remindStoreCreditExpiryWorkflow } from "@kassa/store-credit/kit"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { startTestSmtp } from "../helpers/smtp"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

// A real SMTP server for the expiry e-mails; the app is configured to send through it.
const mails = startTestSmtp("Galos Gadget Hub <credit@example.com>")

async function waitFor<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = probe()
    if (found) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

type Entry = { id: string; type: string; amount: string; balance: string; reason: string | null; reference_type: string | null; reference_id: string | null; source_id: string | null; stock_location_id: string | null }
type Account = { currency_code: string; balance: string; available: string; earliest_expiry: string | null; transactions: Entry[] }

const centavos = (amount: string | number) => Math.round(Number(amount) * 100)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let r1: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let technician: Headers

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
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      technician = await staffHeaders(api, container, "tech.mnl@example.com", { roles: ["Technician"], branch_ids: [mnl] })
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 2000 })).status).toBe(201)
    })

    /** The first demo accessory (AirPods 4, ₱7,990) with ten units at Manila. */
    const airpods = async () => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: 10 }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["barcode"], filters: { sku } })
      return { barcode: (data[0] as { barcode: string }).barcode, inventoryItemId: item.id }
    }
    const stockAtMnl = async (inventoryItemId: string) =>
      Number((await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: mnl }))[0].stocked_quantity)

    let seq = 0
    const newCustomer = async () => {
      seq++
      const res = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Ana", last_name: `Credito ${seq}`, phone: `0917 700 ${1000 + seq}`, email: `ana.credito${seq}@example.com` })
      expect(res.status).toBe(201)
      return res.data.customer as { id: string; email: string }
    }
    const issue = (customerId: string, who: Headers, body: Record<string, unknown>) =>
      call("post", `/admin/kassa/store-credit/customers/${customerId}/credits`, who, { location_id: mnl, reason: "Goodwill: late delivery", ...body })
    const accountOf = async (customerId: string): Promise<Account> => {
      const res = await call("get", `/admin/kassa/store-credit/customers/${customerId}`, cashier)
      expect(res.status).toBe(200)
      return res.data.accounts[0]
    }
    /** A ticket at Manila with one AirPods, for the customer (none: no customer). */
    const ticketFor = async (barcode: string, customerId: string | null) => {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: r1 })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: barcode, quantity: 1 })
      const view = customerId ? (await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { customer_id: customerId })).data.ticket : ticket
      return { id: ticket.id as string, total: centavos((await call("get", `/admin/kassa/pos/tickets/${ticket.id}`, cashier)).data.ticket.totals.total ?? view.totals.total) }
    }
    const checkout = (ticketId: string, tenders: unknown[]) =>
      call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `sc-${ticketId}-${tenders.length}` } }, { tenders })

    it("pays part of a counter sale with store credit (the balance drops by exactly that), refuses an overdraft writing nothing, and a void gives it back", async () => {
      const customer = await newCustomer()
      const v = await airpods()

      const issued = await issue(customer.id, manager, { amount: 6000.5 })
      expect(issued.status).toBe(201)
      expect(issued.data.transaction.id).toMatch(/^sctx_/)
      expect(issued.data.accounts[0]).toEqual(expect.objectContaining({ currency_code: "php", balance: "6000.50", available: "6000.50" }))
      // Left out, the expiry is twelve months on.
      const expiry = Date.parse(issued.data.accounts[0].earliest_expiry)
      expect(Math.abs(expiry - Date.now() - 365 * 86_400_000)).toBeLessThan(2 * 86_400_000)

      // The counter offers the tender at Manila.
      const counter = await call("get", `/admin/kassa/pos/counter?location_id=${mnl}`, cashier)
      expect(counter.data.tenders.map((t: { id: string }) => t.id)).toContain("store_credit")

      // Part in store credit, the rest in cash.
      const sale = await ticketFor(v.barcode, customer.id)
      const paid = await checkout(sale.id, [{ method: "store_credit", amount: 2500.25 }, { method: "cash", tendered: 10_000 }])
      expect(paid.status).toBe(200)
      const orderId: string = paid.data.sale.order_id
      let account = await accountOf(customer.id)
      expect(centavos(account.balance)).toBe(600_050 - 250_025)
      expect(account.transactions.at(-1)).toEqual(expect.objectContaining({ type: "debit", amount: "-2500.25", reference_type: "order", reference_id: orderId, stock_location_id: mnl }))
      // The order's widget reads what store credit paid on it.
      const onOrder = await call("get", `/admin/kassa/store-credit/orders/${orderId}`, cashier)
      expect(onOrder.status).toBe(200)
      expect(onOrder.data).toEqual(expect.objectContaining({ order_id: orderId, currency_code: "php", used: "2500.25", given_back: "0.00" }))
      expect(onOrder.data.transactions.map((t: Entry) => [t.type, t.amount])).toEqual([["debit", "-2500.25"]])
      expect((await call("get", `/admin/kassa/store-credit/orders/${orderId}`, technician)).status).toBe(403)

      // More than the balance: 400, and nothing written (no ledger entry, no stock taken, ticket still open).
      const stockBefore = await stockAtMnl(v.inventoryItemId)
      const second = await ticketFor(v.barcode, customer.id)
      const over = await checkout(second.id, [{ method: "store_credit", amount: 3500.26 }, { method: "cash", tendered: 10_000 }])
      expect(over.status).toBe(400)
      expect(over.data.message).toBe("The customer's store credit is ₱3,500.25: less than the ₱3,500.26 asked")
      expect((await accountOf(customer.id)).transactions).toHaveLength(2)
      expect(await stockAtMnl(v.inventoryItemId)).toBe(stockBefore)
      expect((await call("get", `/admin/kassa/pos/tickets/${second.id}`, cashier)).data.ticket.status).toBe("open")

      // Without a customer on the sale: refused too.
      const anonymous = await ticketFor(v.barcode, null)
      const noCustomer = await checkout(anonymous.id, [{ method: "store_credit", amount: 1 }, { method: "cash", tendered: 10_000 }])
      expect(noCustomer.status).toBe(400)
      expect(noCustomer.data.message).toBe("Store credit needs the customer on the sale: set one on the ticket first")

      // The void gives the credit back, once.
      const voided = await call("post", `/admin/kassa/pos/sales/${orderId}/void`, { headers: { ...owner.headers, "idempotency-key": `void-${orderId}` } }, { reason: "Customer changed their mind" })
      expect(voided.status).toBe(200)
      account = await accountOf(customer.id)
      expect(account.balance).toBe("6000.50")
      expect(account.transactions.map((t) => [t.type, t.amount, t.balance])).toEqual([
        ["credit", "6000.50", "6000.50"],
        ["debit", "-2500.25", "3500.25"],
        ["reversal", "2500.25", "6000.50"],
      ])
      expect(account.transactions[2].source_id).toBe(account.transactions[1].id)
      expect((await call("get", `/admin/kassa/store-credit/orders/${orderId}`, cashier)).data).toEqual(expect.objectContaining({ used: "2500.25", given_back: "2500.25" }))
      expect((await call("get", "/admin/kassa/store-credit/orders/order_none", cashier)).data).toEqual(expect.objectContaining({ used: "0.00", given_back: "0.00", transactions: [] }))

      // With more credit issued, store credit pays a whole sale on its own.
      expect((await issue(customer.id, manager, { amount: 2000 })).status).toBe(201)
      const third = await ticketFor(v.barcode, customer.id)
      const all = await checkout(third.id, [{ method: "store_credit", amount: third.total / 100 }])
      expect([all.status, all.data.message]).toEqual([200, undefined])
      expect(centavos((await accountOf(customer.id)).balance)).toBe(800_050 - third.total)
    })

    it("refunds a return to store credit, spent at another branch across two sales to the centavo; a sale paid in store credit comes back to it; receipts say what is left", async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const customer = await newCustomer()
      const v = await airpods()

      // Cebu: a cashier with an open drawer, and AirPods on its shelf.
      const { data: branches } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: "CEB" } })
      const cebu = branches[0] as { stock_location_id: string; registers: { id: string; code: string }[] }
      const ceb = cebu.stock_location_id
      const cebCashier = await staffHeaders(api, container, "cashier.ceb@example.com", { roles: ["Cashier"], branch_ids: [ceb] })
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cebCashier, { register_id: cebu.registers[0].id, opening_float: 2000 })).status).toBe(201)
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: v.inventoryItemId, location_id: ceb, stocked_quantity: 10 }])
      // Returns this size need no manager's PIN at either branch.
      for (const at of [mnl, ceb]) expect((await call("post", `/admin/kassa/pos/branches/${at}/settings`, owner, { return_approval_amount: 50000 })).status).toBe(200)

      // A cash sale at Manila, returned: the refund goes to the customer's store credit.
      const sale = await ticketFor(v.barcode, customer.id)
      const sold = await checkout(sale.id, [{ method: "cash", tendered: 10_000 }])
      expect(sold.status).toBe(200)
      const { order_id: orderId, receipt_number: receipt } = sold.data.sale
      const [line] = (await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${receipt}`, cashier)).data.sales[0].lines
      const counterMethods = (await call("get", `/admin/kassa/pos/counter?location_id=${mnl}`, cashier)).data.tenders
      expect(counterMethods.find((t: { id: string }) => t.id === "store_credit")).toEqual(expect.objectContaining({ refundable: true }))
      const returned = await call("post", "/admin/kassa/pos/returns", cashier, {
        order_id: orderId, register_id: r1, reason: "Wrong colour", items: [{ item_id: line.item_id, quantity: 1, condition: "resellable" }], refund: { method: "store_credit" },
      })
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      expect(returned.data.return).toEqual(expect.objectContaining({ number: `${receipt}-R1`, refund_method: "store_credit" }))
      let account = await accountOf(customer.id)
      expect(centavos(account.balance)).toBe(sale.total)
      expect(account.transactions).toEqual([expect.objectContaining({ type: "credit", reference_type: "return", reference_id: `${receipt}-R1`, stock_location_id: mnl, reason: `Refund of return ${receipt}-R1` })])
      expect(Math.abs(Date.parse(account.earliest_expiry!) - Date.now() - 365 * 86_400_000)).toBeLessThan(2 * 86_400_000)
      // Medusa's order shows the refund; the drawer gave no cash back.
      const order = (await api.get(`/admin/orders/${orderId}?fields=payment_status`, owner)).data.order
      expect(order.payment_status).toBe("refunded")
      const session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r1}&status=open`, cashier)).data.drawer_sessions[0]
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report`, cashier)).data.figures
      expect(x.returns.by_method).toEqual([{ method: "store_credit", count: 1, amount: (sale.total / 100).toFixed(2) }])
      expect(x.cash.cash_refunds).toBe("0.00")
      const slip = await call("get", `/admin/kassa/pos/returns/${returned.data.return.id}/receipt?format=text`, cashier)
      expect(slip.data).toMatch(/\n {2}Store credit +PHP/)

      // Spent at Cebu across two sales, to the centavo.
      const firstPart = 500_037
      const cebTicket = async () => {
        const t = (await call("post", "/admin/kassa/pos/tickets", cebCashier, { location_id: ceb, register_id: cebu.registers[0].id })).data.ticket
        await call("post", `/admin/kassa/pos/tickets/${t.id}/lines`, cebCashier, { code: v.barcode, quantity: 1 })
        await call("post", `/admin/kassa/pos/tickets/${t.id}`, cebCashier, { customer_id: customer.id })
        return t.id as string
      }
      const cebCheckout = (ticketId: string, credit: number) =>
        call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...cebCashier.headers, "idempotency-key": `ceb-${ticketId}` } }, {
          tenders: [{ method: "store_credit", amount: credit / 100 }, { method: "cash", tendered: 10_000 }],
        })
      const a = await cebCheckout(await cebTicket(), firstPart)
      const b = await cebCheckout(await cebTicket(), sale.total - firstPart)
      expect([a.status, a.data.message, b.status, b.data.message]).toEqual([200, undefined, 200, undefined])
      account = await accountOf(customer.id)
      expect(account.balance).toBe("0.00")
      expect(account.transactions.map((t) => [t.type, centavos(t.amount), centavos(t.balance), t.stock_location_id])).toEqual([
        ["credit", sale.total, sale.total, mnl],
        ["debit", -firstPart, sale.total - firstPart, ceb],
        ["debit", firstPart - sale.total, 0, ceb],
      ])
      // Each receipt says what was used and what was left after that sale, on a reprint too.
      const creditRows = async (id: string) => {
        const { receipt: r } = (await call("get", `/admin/kassa/pos/sales/${id}/receipt?format=json`, cebCashier)).data
        return r.tenders.find((t: { method: string }) => t.method === "store_credit")
      }
      expect(await creditRows(a.data.sale.order_id)).toEqual(expect.objectContaining({ label: "Store credit", amount: (firstPart / 100).toFixed(2), details: [{ label: "Store credit left", amount: ((sale.total - firstPart) / 100).toFixed(2) }] }))
      expect((await creditRows(b.data.sale.order_id)).details).toEqual([{ label: "Store credit left", amount: "0.00" }])
      const text = await call("get", `/admin/kassa/pos/sales/${a.data.sale.order_id}/receipt?format=text`, cebCashier)
      expect(text.data).toContain("Store credit left")

      // Sale B was paid partly in store credit: returned to store credit, that part and the cash part come back as credit.
      const [bLine] = (await call("get", `/admin/kassa/pos/sales?location_id=${ceb}&q=${b.data.sale.receipt_number}`, cebCashier)).data.sales[0].lines
      const back = await call("post", "/admin/kassa/pos/returns", cebCashier, {
        order_id: b.data.sale.order_id, register_id: cebu.registers[0].id, reason: "Not needed", items: [{ item_id: bLine.item_id, quantity: 1, condition: "resellable" }], refund: { method: "store_credit" },
      })
      expect([back.status, back.data.message]).toEqual([201, undefined])
      expect(centavos((await accountOf(customer.id)).balance)).toBe(sale.total)

      // A sale with no customer cannot be refunded to store credit: 400, and no return is made.
      const anonymous = await ticketFor(v.barcode, null)
      const paid = await checkout(anonymous.id, [{ method: "cash", tendered: 10_000 }])
      const [anonLine] = (await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${paid.data.sale.receipt_number}`, cashier)).data.sales[0].lines
      const refused = await call("post", "/admin/kassa/pos/returns", cashier, {
        order_id: paid.data.sale.order_id, register_id: r1, reason: "Wrong colour", items: [{ item_id: anonLine.item_id, quantity: 1, condition: "resellable" }], refund: { method: "store_credit" },
      })
      expect([refused.status, refused.data.message]).toEqual([400, "A refund to store credit needs the sale's customer: this sale has none, refund in money"])
      expect((await api.get(`/admin/orders/${paid.data.sale.order_id}?fields=*returns`, owner)).data.order.returns).toEqual([])
    })

    it("refunds an exchange's difference to store credit: the dearer item back, a cheaper one out, the rest credited to the centavo", async () => {
      const container = getContainer()
      const customer = await newCustomer()
      const v = await airpods()
      // The demo's 20W USB-C Power Adapter (₱1,290), with stock at Manila.
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[3].variants[0].sku
      const [adapter] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: adapter.id, location_id: mnl, stocked_quantity: 5 }])
      const { data: variants } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, owner, { return_approval_amount: 50000 })).status).toBe(200)

      const sale = await ticketFor(v.barcode, customer.id)
      const sold = await checkout(sale.id, [{ method: "cash", tendered: 10_000 }])
      expect(sold.status).toBe(200)
      const [line] = (await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${sold.data.sale.receipt_number}`, cashier)).data.sales[0].lines
      const exchanged = await call("post", "/admin/kassa/pos/exchanges", cashier, {
        order_id: sold.data.sale.order_id, register_id: r1, reason: "Wants a charger instead",
        return_items: [{ item_id: line.item_id, quantity: 1, condition: "resellable" }],
        new_items: [{ variant_id: (variants[0] as { id: string }).id, quantity: 1 }],
        refund: { method: "store_credit" },
      })
      expect([exchanged.status, exchanged.data.message]).toEqual([201, undefined])
      const difference = centavos(exchanged.data.exchange.refund_total)
      expect(difference).toBe(799_000 - 129_000)
      const account = await accountOf(customer.id)
      expect(centavos(account.balance)).toBe(difference)
      expect(account.transactions).toEqual([expect.objectContaining({ type: "credit", reference_type: "return", reference_id: exchanged.data.exchange.number, stock_location_id: mnl })])
      // Stock moved both ways, and the drawer gave no cash back.
      expect(await stockAtMnl(v.inventoryItemId)).toBe(10)
      expect(Number((await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: adapter.id, location_id: mnl }))[0].stocked_quantity)).toBe(4)
      const session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl}&register_id=${r1}&status=open`, cashier)).data.drawer_sessions[0]
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report`, cashier)).data.figures
      expect(x.cash.cash_refunds).toBe("0.00")
    })

    it("expires lapsed credit in the daily pass, checks its input and roles, shows customers their own, and stays off where switched off", async () => {
      const container = getContainer()
      const customer = await newCustomer()

      // Wrong input: 400 before anything is written.
      for (const body of [
        { amount: -5 },
        { amount: 10.001 },
        { amount: 100, reason: "" },
        { amount: 100, expires_at: "2020-01-01T00:00:00+08:00" },
        { amount: 100, expires_at: "next year" },
        { amount: 100, colour: "red" },
        { amount: 100, location_id: "manila" },
      ]) {
        const res = await issue(customer.id, manager, body)
        expect([body, res.status]).toEqual([body, 400])
      }
      expect((await call("get", `/admin/kassa/store-credit/customers/${customer.id}`, cashier)).data.accounts).toEqual([])
      expect((await issue("cus_nobody", manager, { amount: 100 })).status).toBe(404)

      // Roles: a cashier reads but may not issue; a technician may not even read.
      expect((await issue(customer.id, cashier, { amount: 100 })).status).toBe(403)
      expect((await call("get", `/admin/kassa/store-credit/customers/${customer.id}`, technician)).status).toBe(403)

      // Expiry: credit that lapses within the hour and credit that never does.
      const soon = new Date(Date.now() + 3_600_000).toISOString()
      expect((await issue(customer.id, manager, { amount: 300, expires_at: soon })).status).toBe(201)
      const forever = await issue(customer.id, manager, { amount: 200, expires_at: null })
      expect(forever.status).toBe(201)
      expect(forever.data.accounts[0].earliest_expiry).toBe(soon)
      const later = new Date(Date.now() + 2 * 3_600_000).toISOString()
      const { result } = await expireStoreCreditWorkflow(container).run({ input: { now: later } })
      expect(result).toEqual({ accounts: 1, centavos: 30_000 })
      // Run again: nothing more.
      expect((await expireStoreCreditWorkflow(container).run({ input: { now: later } })).result).toEqual({ accounts: 0, centavos: 0 })
      const account = await accountOf(customer.id)
      expect(account.balance).toBe("200.00")
      expect(account.transactions.at(-1)).toEqual(expect.objectContaining({ type: "expiry", amount: "-300.00", balance: "200.00", source_id: account.transactions[0].id }))

      // A manager reverses what is left of a credit.
      const reversed = await call("post", `/admin/kassa/store-credit/transactions/${account.transactions[1].id}/reverse`, manager, { location_id: mnl, reason: "Issued twice" })
      expect(reversed.status).toBe(200)
      expect((await accountOf(customer.id)).balance).toBe("0.00")
      expect((await call("post", `/admin/kassa/store-credit/transactions/${account.transactions[1].id}/reverse`, cashier, { location_id: mnl, reason: "Issued twice" })).status).toBe(403)
      expect((await issue(customer.id, manager, { amount: 42 })).status).toBe(201)

      // The customer's own view through the store API.
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email: customer.email, password: "customer-pass" } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: customer.id } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: customer.email, password: "customer-pass" })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const shopper = { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": key.token } }
      const mine = await call("get", "/store/kassa/store-credit", shopper)
      expect(mine.status).toBe(200)
      expect(mine.data.accounts[0].balance).toBe("42.00")
      expect(mine.data.accounts[0].transactions[0].actor_id).toBeUndefined()
      expect((await call("get", "/store/kassa/store-credit", { headers: { "x-publishable-api-key": key.token } })).status).toBe(401)

      // Switched off at Manila: no tender there, and issuing there is refused.
      expect((await call("post", `/admin/kassa/branches/${mnl}/plugins`, owner, { plugin: "store-credit", enabled: false })).status).toBe(200)
      const counter = await call("get", `/admin/kassa/pos/counter?location_id=${mnl}`, cashier)
      expect(counter.data.tenders.map((t: { id: string }) => t.id)).not.toContain("store_credit")
      expect((await issue(customer.id, manager, { amount: 100 })).status).toBe(403)
    })

    it("lists accounts by branch, customer and expiry (JSON and CSV), keeps the store's settings, and e-mails once before credit lapses", async () => {
      const container = getContainer()
      mails.length = 0
      const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()

      // Settings: the defaults; readers read them, only a manager or owner sets them.
      expect((await call("get", "/admin/kassa/store-credit/settings", cashier)).data.settings).toEqual({ expiry_months: 12, reminder_days: 14, gift_card_validity_months: null })
      expect((await call("get", "/admin/kassa/store-credit/settings", technician)).status).toBe(403)
      expect((await call("post", "/admin/kassa/store-credit/settings", cashier, { reminder_days: 3 })).status).toBe(403)
      for (const body of [{}, { expiry_months: 0 }, { expiry_months: 1.5 }, { reminder_days: -1 }, { reminder_days: "ten" }, { expiry_months: 6, colour: "red" }]) {
        const res = await call("post", "/admin/kassa/store-credit/settings", manager, body)
        expect([body, res.status]).toEqual([body, 400])
      }
      const saved = await call("post", "/admin/kassa/store-credit/settings", manager, { expiry_months: 6, reminder_days: 10 })
      expect([saved.status, saved.data.settings]).toEqual([200, { expiry_months: 6, reminder_days: 10, gift_card_validity_months: null }])

      // Issued without a date: six months on now; with expiry_months null: never.
      const ana = await newCustomer()
      const sixMonths = await issue(ana.id, manager, { amount: 100 })
      expect(Math.abs(Date.parse(sixMonths.data.transaction.expires_at) - Date.now() - 182.5 * 86_400_000)).toBeLessThan(4 * 86_400_000)
      expect((await call("post", "/admin/kassa/store-credit/settings", owner, { expiry_months: null })).data.settings).toEqual({ expiry_months: null, reminder_days: 10, gift_card_validity_months: null })
      expect((await issue(ana.id, manager, { amount: 50 })).data.transaction.expires_at).toBeNull()
      // Ana also holds 300 that lapses in five days; Ben 800 issued at Cebu that lapses in twenty.
      const inFiveDays = days(5)
      expect((await issue(ana.id, manager, { amount: 300, expires_at: inFiveDays })).status).toBe(201)
      const ben = await newCustomer()
      expect((await call("post", `/admin/kassa/store-credit/customers/${ben.id}/credits`, owner, { location_id: ceb, reason: "Promotion: opening", amount: 800, expires_at: days(20) })).status).toBe(201)

      type Row = { account_id: string; customer_id: string; balance: string; available: string; earliest_expiry: string | null; customer: { email: string; last_name: string } }
      const list = async (query: string, who: Headers = owner) => {
        const res = await call("get", `/admin/kassa/store-credit/accounts${query}`, who)
        expect([query, res.status]).toEqual([query, 200])
        return res.data as { accounts: Row[]; count: number; offset: number; limit: number }
      }
      const all = await list("")
      expect([all.count, all.offset, all.limit]).toEqual([2, 0, 50])
      expect(all.accounts.map((a) => a.customer_id)).toEqual([ben.id, ana.id])
      expect(all.accounts[1]).toEqual(expect.objectContaining({ balance: "450.00", available: "450.00", customer: expect.objectContaining({ email: ana.email }) }))
      expect(all.accounts[1].earliest_expiry).toBe(inFiveDays)
      expect((await list("?location_id=" + mnl, cashier)).accounts.map((a) => a.customer_id)).toEqual([ana.id])
      expect((await list("?location_id=" + ceb)).accounts.map((a) => a.customer_id)).toEqual([ben.id])
      expect((await list(`?q=${encodeURIComponent(ben.email)}`)).accounts.map((a) => a.customer_id)).toEqual([ben.id])
      expect((await list(`?customer_id=${ana.id}`)).accounts.map((a) => a.customer_id)).toEqual([ana.id])
      expect(await list("?q=nobody-at-all")).toEqual(expect.objectContaining({ accounts: [], count: 0 }))
      expect((await list("?expiring_within_days=7")).accounts.map((a) => a.customer_id)).toEqual([ana.id])
      expect((await list("?expiring_within_days=30")).accounts.map((a) => a.customer_id)).toEqual([ana.id, ben.id])
      expect((await list("?expiring_within_days=3")).count).toBe(0)
      const paged = await list("?limit=1&offset=1")
      expect([paged.count, paged.accounts.map((a) => a.customer_id)]).toEqual([2, [ana.id]])
      for (const query of ["?expiring_within_days=-1", "?limit=0", "?limit=500", "?location_id=manila", "?format=xml", "?customer_id=ana"]) {
        expect([query, (await call("get", `/admin/kassa/store-credit/accounts${query}`, owner)).status]).toEqual([query, 400])
      }
      expect((await call("get", "/admin/kassa/store-credit/accounts", technician)).status).toBe(403)
      // A Manila manager may not look through Cebu's.
      expect((await call("get", `/admin/kassa/store-credit/accounts?location_id=${ceb}`, manager)).status).toBe(403)

      // The CSV: the filtered list, every page.
      const csv = await call("get", `/admin/kassa/store-credit/accounts?format=csv&expiring_within_days=30&limit=1`, manager)
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      const lines = (csv.data as string).trim().split("\n")
      expect(lines[0]).toBe("account_id,customer_id,customer_name,customer_email,customer_phone,currency_code,balance,available,earliest_expiry")
      expect(lines).toHaveLength(3)
      expect(lines[1]).toContain(`,${ana.id},Ana Credito ${ana.email.match(/\d+/)![0]},${ana.email},`)
      expect(lines[1]).toContain(",php,450.00,450.00,")

      // Expiry e-mails: reminder_days 10, so Ana's 300 (five days) is announced, once; Ben's (twenty days) not yet.
      for (let run = 0; run < 2; run++) await remindStoreCreditExpiryWorkflow(container).run({ input: {} })
      const mail = await waitFor(() => mails.find((m) => m.to.includes(ana.email)), "the expiry e-mail")
      await new Promise((r) => setTimeout(r, 500))
      expect(mails).toHaveLength(1)
      expect(mail.raw).toContain("Subject: Your store credit expires")
      expect(mail.raw).toContain("PHP 300.00 of your store credit expires on")
      // Ten days later Ben's is within reach too, and Ana's is not announced again.
      expect((await remindStoreCreditExpiryWorkflow(container).run({ input: { now: days(11) } })).result).toEqual({ sent: 1 })
      await waitFor(() => mails.find((m) => m.to.includes(ben.email)), "Ben's expiry e-mail")
      expect(mails).toHaveLength(2)
      // A customer without an e-mail address gets none; reminder_days 0 sends nothing at all.
      const [walkIn] = await container.resolve(Modules.CUSTOMER).createCustomers([{ first_name: "Walk", last_name: "In" }])
      expect((await issue(walkIn.id, manager, { amount: 20, expires_at: days(2) })).status).toBe(201)
      expect((await remindStoreCreditExpiryWorkflow(container).run({ input: {} })).result).toEqual({ sent: 0 })
      expect((await call("post", "/admin/kassa/store-credit/settings", manager, { reminder_days: 0 })).status).toBe(200)
      const carla = await newCustomer()
      expect((await issue(carla.id, manager, { amount: 20, expires_at: days(1) })).status).toBe(201)
      expect((await remindStoreCreditExpiryWorkflow(container).run({ input: {} })).result).toEqual({ sent: 0 })
      expect(mails).toHaveLength(2)
    })
  },
})

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { type Branch, branchesByCode, counterSale, twoItems } from "../helpers/counter-world"
import { placeOrder } from "../helpers/web-order"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Receipt = {
  order_id: string
  receipt_number: string
  kind: string
  status: string
  branch: { id: string; code: string } | null
  cashier: string | null
  total: string
  refunded: string
  tenders: { method: string; amount: string; card_last4: string | null }[]
  returns: { number: string; refund_total: string }[]
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let cashier: Headers
    let managerMnl: Headers
    let managerDav: Headers
    let branches: Awaited<ReturnType<typeof branchesByCode>>
    let items: Awaited<ReturnType<typeof twoItems>>
    let customerId: string

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response as { status: number; data: any })

    /** A counter sale of `lines` ([barcode, quantity]) to the customer, paid by `tender`. */
    const sell = (who: Headers, branch: Branch, lines: [string, number][], tender: "cash" | "card", key: string) =>
      counterSale(call, who, branch, lines, tender, key, { customer_id: customerId })

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      branches = await branchesByCode(container)
      items = await twoItems(container, [branches.MNL.location, branches.DAV.location], 20)
      owner = await adminHeaders(api, container, "owner@example.com")
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [branches.MNL.location] })
      managerMnl = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [branches.MNL.location] })
      managerDav = await staffHeaders(api, container, "manager.dav@example.com", { roles: ["Manager"], branch_ids: [branches.DAV.location] })
      for (const [who, branch] of [[cashier, branches.MNL], [managerDav, branches.DAV]] as const) {
        expect((await call("post", "/admin/kassa/pos/drawer-sessions", who, { register_id: branch.r1, opening_float: 2000 })).status).toBe(201)
      }
      const added = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Liza", last_name: "Soberano", phone: "0917 555 0199" })
      customerId = added.data.customer.id
    })

    it("sums what SQL sums over the same orders, and a branch manager sees only their branch", async () => {
      const container = getContainer()
      const [a, b] = items
      const first = await sell(cashier, branches.MNL, [[a.barcode, 2], [b.barcode, 1]], "cash", "h-1")
      await sell(cashier, branches.MNL, [[a.barcode, 1]], "card", "h-2")
      const davao = await sell(managerDav, branches.DAV, [[b.barcode, 3]], "cash", "h-3")
      // One unit of the first sale comes back, refunded in cash (a manager takes returns).
      const found = await call("get", `/admin/kassa/pos/sales?location_id=${branches.MNL.location}&q=${first.receipt_number}`, cashier)
      const lineA = found.data.sales[0].lines.find((l: { quantity: number }) => l.quantity === 2)
      const returned = await call("post", "/admin/kassa/pos/returns", managerMnl, {
        order_id: first.order_id,
        register_id: branches.MNL.r1,
        reason: "Changed mind",
        refund: { method: "cash" },
        items: [{ item_id: lineA.item_id, quantity: 1, condition: "resellable" }],
      })
      expect([returned.status, returned.data.message]).toEqual([201, undefined])

      // A web order of one unit of a, placed through Manila's sales channel: authorized, not captured.
      const web = await placeOrder(container, { variantId: a.id, locationId: branches.MNL.location })
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.raw(`update "order" set customer_id = ? where id = ?`, [customerId, web.orderId])

      // The same figures another way: visits are the counter's completed sales plus the web orders
      // of the branches' channels; spend what each sale charged less what the counter refunded (the
      // web order is not captured: nothing paid yet).
      const expected = async (locations: string[]) => {
        const counter = (
          await knex.raw(
            `select count(*)::int as visits,
                    (sum(t.sale_total) - coalesce((select sum(r.refund_total) from kassa_pos_return r join kassa_pos_ticket t2 on t2.order_id = r.order_id
                                                   where t2.customer_id = ? and t2.stock_location_id = any(?)), 0))::text as spend,
                    max(o.created_at) as last_at
               from kassa_pos_ticket t join "order" o on o.id = t.order_id
              where t.customer_id = ? and t.status = 'completed' and t.stock_location_id = any(?)`,
            [customerId, locations, customerId, locations]
          )
        ).rows[0] as { visits: number; spend: string; last_at: Date }
        const webOrders = (
          await knex.raw(
            `select count(*)::int as visits, max(o.created_at) as last_at from "order" o join kassa_branch b on b.sales_channel_id = o.sales_channel_id
              where o.customer_id = ? and b.stock_location_id = any(?) and not exists (select 1 from kassa_pos_ticket t where t.order_id = o.id)`,
            [customerId, locations]
          )
        ).rows[0] as { visits: number; last_at: Date | null }
        const last = [counter.last_at, webOrders.last_at].filter(Boolean).map((d) => new Date(d!).getTime())
        return { visits: counter.visits + webOrders.visits, spend: counter.spend, last_at: new Date(Math.max(...last)) }
      }
      const all = await expected([branches.MNL.location, branches.DAV.location])
      expect(all.visits).toBe(4)

      const history = await call("get", `/admin/kassa/pos/customers/${customerId}/history`, owner)
      expect([history.status, history.data.message]).toEqual([200, undefined])
      const h = history.data.history
      expect(h.figures).toEqual([
        {
          currency_code: "php",
          lifetime_spend: Number(all.spend).toFixed(2),
          visits: 4,
          average_basket: (Number(all.spend) / 4).toFixed(2),
          last_12_months: { spend: Number(all.spend).toFixed(2), visits: 4 },
        },
      ])
      expect(h.last_purchase_at).toBe(new Date(all.last_at).toISOString())
      expect(h.favourite_branch).toEqual(expect.objectContaining({ id: branches.MNL.location, code: "MNL", visits: 3 }))
      // Units kept: a 2 + 1 − 1 returned + 1 on the web = 3, b 1 + 3 = 4.
      expect(h.top_products.by_quantity.map((p: { product_id: string; quantity: number }) => [p.product_id, p.quantity])).toEqual([
        [b.product.id, 4],
        [a.product.id, 3],
      ])
      expect(h.top_products.by_spend).toHaveLength(2)

      const receipts = await call("get", `/admin/kassa/pos/customers/${customerId}/receipts?limit=3`, owner)
      expect([receipts.status, receipts.data.count, receipts.data.receipts.length]).toEqual([200, 4, 3])
      // The web order, newest: Manila's by its channel, paid with the web's provider.
      expect((receipts.data.receipts as Receipt[])[0]).toEqual(
        expect.objectContaining({ order_id: web.orderId, kind: "web", cashier: null, branch: expect.objectContaining({ code: "MNL" }), tenders: [expect.objectContaining({ method: "pp_system_default" })] })
      )
      const page2 = await call("get", `/admin/kassa/pos/customers/${customerId}/receipts?limit=3&offset=3`, owner)
      expect(page2.data.receipts).toHaveLength(1)
      const firstReceipt = page2.data.receipts[0] as Receipt
      expect(firstReceipt).toEqual(
        expect.objectContaining({ order_id: first.order_id, receipt_number: first.receipt_number, kind: "counter", cashier: "Angelica Santos" })
      )
      expect(firstReceipt.branch?.code).toBe("MNL")
      expect(firstReceipt.tenders.map((t) => t.method)).toEqual(["cash"])
      expect(firstReceipt.returns).toEqual([expect.objectContaining({ number: `${first.receipt_number}-R1` })])
      expect(Number(firstReceipt.refunded)).toBe(Number(firstReceipt.returns[0].refund_total))
      expect((receipts.data.receipts as Receipt[])[1]).toEqual(expect.objectContaining({ order_id: davao.order_id, cashier: "Jose Bautista" }))
      expect((receipts.data.receipts as Receipt[])[2].tenders).toEqual([expect.objectContaining({ method: "card", card_last4: "4242" })])

      // Manila's manager: Manila's two sales and its web order, in figures and receipts; nothing of Davao's.
      const mnlOnly = await expected([branches.MNL.location])
      const managerHistory = (await call("get", `/admin/kassa/pos/customers/${customerId}/history`, managerMnl)).data.history
      expect(managerHistory.figures[0]).toEqual(expect.objectContaining({ visits: 3, lifetime_spend: Number(mnlOnly.spend).toFixed(2) }))
      expect(managerHistory.top_products.by_quantity.map((p: { product_id: string; quantity: number }) => [p.product_id, p.quantity])).toEqual([
        [a.product.id, 3],
        [b.product.id, 1],
      ])
      const managerReceipts = (await call("get", `/admin/kassa/pos/customers/${customerId}/receipts`, managerMnl)).data
      expect(managerReceipts.count).toBe(3)
      expect((managerReceipts.receipts as Receipt[]).map((r) => r.branch?.code)).toEqual(["MNL", "MNL", "MNL"])
      expect((managerReceipts.receipts as Receipt[]).map((r) => r.order_id)).not.toContain(davao.order_id)

      // The web order's receipt: Medusa's number, Manila (its channel's branch), what its payment holds.
      const webReceipt = await call("get", `/admin/kassa/pos/sales/${web.orderId}/receipt?format=json`, managerMnl)
      expect([webReceipt.status, webReceipt.data.message]).toEqual([200, undefined])
      expect(webReceipt.data.receipt).toEqual(
        expect.objectContaining({ order_id: web.orderId, receipt_number: expect.stringMatching(/^#\d+$/), cashier: { name: "Web store" }, register: null, branch: expect.objectContaining({ code: "MNL" }) })
      )
      expect(webReceipt.data.receipt.tenders).toEqual([expect.objectContaining({ method: "online", label: "Paid online", reference: "pp_system_default, not captured yet" })])
      const webPdf = await api.get(`/admin/kassa/pos/sales/${web.orderId}/receipt?format=pdf`, { ...managerMnl, responseType: "arraybuffer" })
      expect([webPdf.status, String(webPdf.headers["content-type"])]).toEqual([200, "application/pdf"])
      // Read where the order belongs: Davao's manager and a cashier (no order:read) get nothing.
      expect((await call("get", `/admin/kassa/pos/sales/${web.orderId}/receipt?format=json`, managerDav)).status).toBe(403)
      expect((await call("get", `/admin/kassa/pos/sales/${web.orderId}/receipt?format=json`, cashier)).status).toBe(403)
      // The e-mail route reaches the order too (no SMTP in this test: it says so).
      const mailed = await call("post", `/admin/kassa/pos/sales/${web.orderId}/receipt/email`, managerMnl, {})
      expect([mailed.status, mailed.data.message]).toEqual([409, expect.stringContaining("E-mail is not set up")])
      expect((await call("get", "/admin/kassa/pos/sales/order_01NOSUCHORDER/receipt?format=json", owner)).status).toBe(404)

      // The counter's panel: the cashier's branch only, newest first.
      const recent = await call("get", `/admin/kassa/pos/customers/${customerId}/recent-receipts?location_id=${branches.MNL.location}`, cashier)
      expect([recent.status, (recent.data.receipts as Receipt[]).map((r) => [r.kind, r.branch?.code])]).toEqual([
        200,
        [
          ["web", "MNL"],
          ["counter", "MNL"],
          ["counter", "MNL"],
        ],
      ])
    })

    it("refuses: a cashier without order:read, an unknown customer, bad paging", async () => {
      expect((await call("get", `/admin/kassa/pos/customers/${customerId}/history`, cashier)).status).toBe(403)
      expect((await call("get", `/admin/kassa/pos/customers/${customerId}/receipts`, cashier)).status).toBe(403)
      // The counter's panel is at a branch the cashier sells at, not another.
      expect((await call("get", `/admin/kassa/pos/customers/${customerId}/recent-receipts?location_id=${branches.DAV.location}`, cashier)).status).toBe(403)

      for (const path of ["history", "receipts"]) {
        const unknown = await call("get", `/admin/kassa/pos/customers/cus_01NOSUCHCUSTOMER/${path}`, owner)
        expect([unknown.status, unknown.data.message]).toEqual([404, "No customer cus_01NOSUCHCUSTOMER"])
        expect((await call("get", `/admin/kassa/pos/customers/not-an-id/${path}`, owner)).status).toBe(404)
      }
      for (const query of ["limit=-1", "limit=0", "limit=1000", "offset=-1", "limit=abc"]) {
        const bad = await call("get", `/admin/kassa/pos/customers/${customerId}/receipts?${query}`, owner)
        expect([query, bad.status]).toEqual([query, 400])
      }
      const empty = await call("get", `/admin/kassa/pos/customers/${customerId}/history`, owner)
      expect(empty.data.history).toEqual(expect.objectContaining({ figures: [], last_purchase_at: null, favourite_branch: null }))
    })
  },
})

import { returnRequestExpiryJob } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

/**
 * Manila's and Cebu's locations, Manila's registers, a demo accessory with ten units at Manila, and
 * a dearer one (ten units too) for exchanges the customer pays on.
 */
async function world(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"], filters: { code: ["MNL", "CEB"] } })
  const byCode = Object.fromEntries((data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [b.code, b]))
  const accessories = buildCatalog().filter((p) => p.category === "Accessories")
  const sold = accessories[2].variants[0]
  const dearer = accessories.map((p) => p.variants[0]).find((v) => v.price > sold.price)!
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["sku", "barcode", "inventory_items.inventory_item_id"], filters: { sku: [sold.sku, dearer.sku] } })
  const bySku = Object.fromEntries((variants as { sku: string; barcode: string; inventory_items: { inventory_item_id: string }[] }[]).map((v) => [v.sku, v]))
  const variant = bySku[sold.sku]
  const item = variant.inventory_items[0].inventory_item_id
  const dearerItem = bySku[dearer.sku].inventory_items[0].inventory_item_id
  await container.resolve(Modules.INVENTORY).updateInventoryLevels(
    [item, dearerItem].map((inventory_item_id) => ({ inventory_item_id, location_id: byCode.MNL.stock_location_id, stocked_quantity: 10 }))
  )
  return {
    location: byCode.MNL.stock_location_id,
    cebu: byCode.CEB.stock_location_id,
    r1: byCode.MNL.registers.find((r) => r.code === "R1")!.id,
    barcode: variant.barcode,
    item,
    price: sold.price,
    dearer: { barcode: bySku[dearer.sku].barcode, item: dearerItem, price: dearer.price },
  }
}

const stockOf = async (container: MedusaContainer, item: string, location: string) =>
  Number((await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item, location_id: location }))[0].stocked_quantity)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let cebuManager: Headers
    let mnl: Awaited<ReturnType<typeof world>>

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      mnl = await world(container)
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl.location] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl.location] })
      cebuManager = await staffHeaders(api, container, "manager.ceb@example.com", { roles: ["Manager"], branch_ids: [mnl.cebu] })
    })

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    /** A cash sale of `units` at Manila's R1 (drawer opened first), with returns over ₱100 needing a manager. */
    const sell = async (units: number) => {
      await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: mnl.r1, opening_float: 1000 })
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl.location, register_id: mnl.r1 })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: mnl.barcode, quantity: units })
      const sale = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...cashier.headers, "idempotency-key": `rq-${ticket.id}` } }, { tenders: [{ method: "cash", tendered: 100000 }] })
      expect(sale.status).toBe(200)
      expect((await call("post", `/admin/kassa/pos/branches/${mnl.location}/settings`, manager, { return_approval_amount: 100 })).status).toBe(200)
      const found = await call("get", `/admin/kassa/pos/sales?location_id=${mnl.location}&q=${sale.data.sale.receipt_number}`, cashier)
      return { order_id: sale.data.sale.order_id as string, receipt: sale.data.sale.receipt_number as string, item_id: found.data.sales[0].lines[0].item_id as string }
    }
    const ask = (sale: { order_id: string; item_id: string }, quantity = 1, extra: object = {}) =>
      call("post", "/admin/kassa/pos/return-requests", cashier, {
        order_id: sale.order_id,
        register_id: mnl.r1,
        reason: "Stopped working",
        items: [{ item_id: sale.item_id, quantity, condition: "resellable" }],
        refund: { method: "cash" },
        note: "Customer will come back Saturday",
        ...extra,
      })
    const orderOf = async (orderId: string) => (await api.get(`/admin/orders/${orderId}?fields=id,payment_status,*returns`, owner)).data.order

    it("a return over the limit waits as a request (nothing moves), a manager approves it, the counter completes it: stock and refund only then", async () => {
      const container = getContainer()
      const sale = await sell(2)
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(8)

      const asked = await ask(sale)
      expect([asked.status, asked.data.message]).toEqual([201, undefined])
      const request = asked.data.return_request
      expect(request).toEqual(expect.objectContaining({ number: `${sale.receipt}-RQ1`, status: "pending", note: "Customer will come back Saturday", refund: { method: "cash" } }))
      expect(request.approval_reason).toMatch(/refund PHP [\d,]+\.\d{2} is above the branch's PHP [\d,]+\.\d{2}/)
      const days = (new Date(request.expires_at).getTime() - new Date(request.created_at).getTime()) / 86400000
      expect(Math.round(days)).toBe(7)
      // Nothing moved: no stock back, no Medusa return, no refund.
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(8)
      const before = await orderOf(sale.order_id)
      expect(before.returns).toHaveLength(0)
      expect(before.payment_status).toBe("captured")

      // The customer's slip.
      const slip = await call("get", `/admin/kassa/pos/return-requests/${request.id}/slip?format=text`, cashier)
      expect(slip.status).toBe(200)
      expect(slip.data).toContain("RETURN REQUEST")
      expect(slip.data).toContain(`${sale.receipt}-RQ1`)
      expect(slip.data).toContain("Waiting for approval")
      expect((await call("get", `/admin/kassa/pos/return-requests/${request.id}/slip?format=pdf`, cashier)).headers["content-type"]).toBe("application/pdf")

      // Not approved yet: the counter cannot complete it.
      const early = await call("post", `/admin/kassa/pos/return-requests/${request.id}/complete`, cashier, { register_id: mnl.r1 })
      expect([early.status, early.data.message]).toEqual([400, `Return request ${sale.receipt}-RQ1 is not approved yet`])

      // In the managers' queue; a cashier and another branch's manager cannot decide.
      const queue = await call("get", `/admin/kassa/pos/return-requests?location_id=${mnl.location}&status=pending`, manager)
      expect(queue.data.return_requests.map((r: { id: string }) => r.id)).toEqual([request.id])
      expect((await call("get", `/admin/kassa/pos/return-requests?status=pending`, cebuManager)).data.return_requests).toEqual([])
      expect((await call("post", `/admin/kassa/pos/return-requests/${request.id}/approve`, cashier, {})).status).toBe(403)
      expect((await call("post", `/admin/kassa/pos/return-requests/${request.id}/approve`, cebuManager, {})).status).toBe(403)

      // The counter follows its branch's feed: a message on connecting, then one when the request is decided.
      const feedUrl = `${api.defaults.baseURL}/admin/kassa/pos/return-requests/feed?location_id=${mnl.location}`
      expect((await fetch(feedUrl, { headers: cebuManager.headers })).status).toBe(403)
      const abort = new AbortController()
      const feed = await fetch(feedUrl, { headers: { ...cashier.headers, accept: "text/event-stream" }, signal: abort.signal })
      expect([feed.status, feed.headers.get("content-type")]).toEqual([200, "text/event-stream"])
      const reader = feed.body!.pipeThrough(new TextDecoderStream()).getReader()
      const nextMessage = async () => {
        let text = ""
        while (!text.includes("\n\n")) text += (await reader.read()).value ?? ""
        return text
      }
      expect(await nextMessage()).toBe('data: {"topic":"return_requests"}\n\n')

      const me = (await call("get", "/admin/kassa/me", manager)).data.staff
      const approved = await call("post", `/admin/kassa/pos/return-requests/${request.id}/approve`, manager, { note: "Known fault" })
      const told = await Promise.race([nextMessage().catch(() => "stream ended"), new Promise<string>((r) => setTimeout(() => r("nothing within 5 s"), 5000))])
      abort.abort()
      expect(told).toBe('data: {"topic":"return_requests"}\n\n')
      expect(approved.status).toBe(200)
      expect(approved.data.return_request).toEqual(expect.objectContaining({ status: "approved", decided_by: me.id, decision_note: "Known fault", decided_at: expect.any(String) }))
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(8)
      // The counter's list of approved requests at its branch.
      const approvedList = await call("get", `/admin/kassa/pos/return-requests?location_id=${mnl.location}&status=approved`, cashier)
      expect(approvedList.data.return_requests.map((r: { id: string }) => r.id)).toEqual([request.id])

      const done = await call("post", `/admin/kassa/pos/return-requests/${request.id}/complete`, cashier, { register_id: mnl.r1 })
      expect([done.status, done.data.message]).toEqual([200, undefined])
      expect(done.data.return).toEqual(expect.objectContaining({ number: `${sale.receipt}-R1`, approved_by: me.id }))
      expect(done.data.return_request).toEqual(expect.objectContaining({ status: "completed", return_record_id: done.data.return.id }))
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(9)
      const after = await orderOf(sale.order_id)
      expect(after.returns).toHaveLength(1)
      expect(after.payment_status).toBe("partially_refunded")

      // Done once: approving or completing it again is refused, nothing moves twice.
      const again = await call("post", `/admin/kassa/pos/return-requests/${request.id}/approve`, manager, {})
      expect([again.status, again.data.message]).toEqual([400, `Return request ${sale.receipt}-RQ1 is already completed`])
      const twice = await call("post", `/admin/kassa/pos/return-requests/${request.id}/complete`, cashier, { register_id: mnl.r1 })
      expect([twice.status, twice.data.message]).toEqual([400, `Return request ${sale.receipt}-RQ1 is already completed`])
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(9)

      // Audited: who decided.
      const audit = await call("get", `/admin/kassa/audit/entries?entity_id=${request.id}`, owner)
      expect(audit.status).toBe(200)
      expect(audit.data.entries.some((e: { changes: { decided_by?: { after: string } } }) => e.changes?.decided_by?.after === me.id)).toBe(true)
    })

    it("refuses a request for a return that needs no approval, rejects with a note (nothing moves), one approval of two at once, a completion retried after it failed, and expires old ones", async () => {
      const container = getContainer()
      const sale = await sell(3)
      // Within the limit: the counter makes it at once.
      expect((await call("post", `/admin/kassa/pos/branches/${mnl.location}/settings`, manager, { return_approval_amount: 1000000 })).status).toBe(200)
      const small = await ask(sale)
      expect([small.status, small.data.message]).toEqual([400, "This return needs no approval: make it at the counter"])
      expect((await call("post", `/admin/kassa/pos/branches/${mnl.location}/settings`, manager, { return_approval_amount: 100 })).status).toBe(200)

      // Rejected: a note is required; nothing moves, and it cannot be completed.
      const first = (await ask(sale)).data.return_request
      const noNote = await call("post", `/admin/kassa/pos/return-requests/${first.id}/reject`, manager, {})
      expect(noNote.status).toBe(400)
      expect(noNote.data.message).toContain("note")
      const rejected = await call("post", `/admin/kassa/pos/return-requests/${first.id}/reject`, manager, { note: "Water damage, not covered" })
      expect(rejected.data.return_request).toEqual(expect.objectContaining({ status: "rejected", decision_note: "Water damage, not covered" }))
      const completeRejected = await call("post", `/admin/kassa/pos/return-requests/${first.id}/complete`, cashier, { register_id: mnl.r1 })
      expect([completeRejected.status, completeRejected.data.message]).toEqual([400, `Return request ${sale.receipt}-RQ1 is already rejected`])
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(7)
      expect((await orderOf(sale.order_id)).returns).toHaveLength(0)

      // Two managers approving at once: exactly one approval.
      const second = (await ask(sale)).data.return_request
      expect(second.number).toBe(`${sale.receipt}-RQ2`)
      const both = await Promise.all([manager, owner].map((who) => call("post", `/admin/kassa/pos/return-requests/${second.id}/approve`, who, {})))
      expect(both.map((r) => r.status).sort()).toEqual([200, 400])
      expect(both.find((r) => r.status === 400)!.data.message).toBe(`Return request ${sale.receipt}-RQ2 is already approved`)

      // A completion that fails (the drawer closed: no cash to give back) undoes itself and can be tried again.
      const session = (await call("get", `/admin/kassa/pos/drawer-sessions?location_id=${mnl.location}&register_id=${mnl.r1}&status=open`, cashier)).data.drawer_sessions[0]
      const x = (await call("get", `/admin/kassa/pos/drawer-sessions/${session.id}/report`, cashier)).data
      expect((await call("post", `/admin/kassa/pos/drawer-sessions/${session.id}/close`, cashier, { counted_cash: Number(x.figures.cash.expected) })).status).toBe(200)
      const noDrawer = await call("post", `/admin/kassa/pos/return-requests/${second.id}/complete`, cashier, { register_id: mnl.r1 })
      expect(noDrawer.status).toBeGreaterThanOrEqual(400)
      expect(noDrawer.data.message).toContain("drawer is not open")
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(7)
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: mnl.r1, opening_float: 1000 })).status).toBe(201)
      // The retry may change how the money goes back (the failed run's key is not reused).
      const retried = await call("post", `/admin/kassa/pos/return-requests/${second.id}/complete`, cashier, { register_id: mnl.r1, refund: { method: "card", card_last4: "4242" } })
      expect([retried.status, retried.data.message]).toEqual([200, undefined])
      expect(retried.data.return_request.status).toBe("completed")
      expect(retried.data.return).toEqual(expect.objectContaining({ refund_method: "card", card_last4: "4242" }))
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(8)

      // What open requests asked for cannot be asked again: 3 sold, 1 returned, so 2 at most.
      const tooMany = await ask(sale, 3)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toContain("3 to return but only 2 of 3 can still be returned")

      // Expiry: a pending request past its date is expired by the job, and can no longer be decided.
      const third = (await ask(sale)).data.return_request
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`update kassa_pos_return_request set expires_at = now() - interval '1 minute' where id = ?`, [third.id])
      await returnRequestExpiryJob(container)
      const { rows } = await pg.raw(`select status from kassa_pos_return_request where id = ?`, [third.id])
      expect(rows[0].status).toBe("expired")
      const late = await call("post", `/admin/kassa/pos/return-requests/${third.id}/approve`, manager, {})
      expect([late.status, late.data.message]).toEqual([400, `Return request ${sale.receipt}-RQ3 is already expired`])
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(8)
    })

    it("an exchange waits for approval too: nothing moves until the counter completes it, then the new goods go out, the returned come in and the customer pays the difference", async () => {
      const container = getContainer()
      const sale = await sell(2)
      const exchange = await ask(sale, 1, { new_items: [{ code: mnl.dearer.barcode, quantity: 1 }], refund: undefined })
      expect([exchange.status, exchange.data.message]).toEqual([201, undefined])
      const request = exchange.data.return_request
      expect(request).toEqual(
        expect.objectContaining({ kind: "exchange", status: "pending", refund_total: mnl.price.toFixed(2), new_total: mnl.dearer.price.toFixed(2), refund: { method: "cash" } })
      )
      expect(request.new_lines).toEqual([expect.objectContaining({ quantity: 1, amount: mnl.dearer.price.toFixed(2), variant_id: expect.stringMatching(/^variant_/) })])
      expect(request.approval_reason).toMatch(/refund PHP [\d,]+\.\d{2} is above the branch's PHP [\d,]+\.\d{2}/)
      const slip = (await call("get", `/admin/kassa/pos/return-requests/${request.id}/slip?format=text`, cashier)).data as string
      expect(slip).toContain("EXCHANGE REQUEST")
      expect(slip).toContain("Taking instead:")
      expect(slip).toMatch(new RegExp(`CUSTOMER PAYS\\s+PHP ${(mnl.dearer.price - mnl.price).toLocaleString("en-PH", { minimumFractionDigits: 2 })}`))
      // Nothing moved: neither item's stock, no exchange on the order, no payment.
      const before = await orderOf(sale.order_id)
      expect([await stockOf(container, mnl.item, mnl.location), await stockOf(container, mnl.dearer.item, mnl.location), before.returns.length]).toEqual([8, 10, 0])

      const me = (await call("get", "/admin/kassa/me", manager)).data.staff
      expect((await call("post", `/admin/kassa/pos/return-requests/${request.id}/approve`, manager, {})).status).toBe(200)
      // The customer owes the difference: without a payment the completion is refused and undoes itself.
      const unpaid = await call("post", `/admin/kassa/pos/return-requests/${request.id}/complete`, cashier, { register_id: mnl.r1 })
      expect(unpaid.status).toBe(400)
      expect(unpaid.data.message).toContain("The customer owes")
      expect([await stockOf(container, mnl.item, mnl.location), await stockOf(container, mnl.dearer.item, mnl.location)]).toEqual([8, 10])
      expect((await call("get", `/admin/kassa/pos/return-requests?location_id=${mnl.location}&status=approved`, cashier)).data.return_requests.map((r: { id: string }) => r.id)).toEqual([request.id])

      const done = await call("post", `/admin/kassa/pos/return-requests/${request.id}/complete`, cashier, { register_id: mnl.r1, payment: { method: "cash", tendered: 100000 } })
      expect([done.status, done.data.message]).toEqual([200, undefined])
      expect(done.data.return).toEqual(expect.objectContaining({ number: `${sale.receipt}-R1`, approved_by: me.id, exchange_id: expect.any(String), paid_method: "cash" }))
      expect(Number(done.data.return.paid_total)).toBeCloseTo(mnl.dearer.price - mnl.price, 2)
      expect(Number(done.data.change)).toBeCloseTo(100000 - (mnl.dearer.price - mnl.price), 2)
      expect(done.data.return_request).toEqual(expect.objectContaining({ status: "completed", return_record_id: done.data.return.id }))
      // Only now: the returned unit back on the shelf, the new one gone, the exchange on Medusa's order.
      expect([await stockOf(container, mnl.item, mnl.location), await stockOf(container, mnl.dearer.item, mnl.location)]).toEqual([9, 9])
      const { data: exchanges } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_exchange", fields: ["id", "order_id"], filters: { order_id: sale.order_id } })
      expect(exchanges.map((e: { id: string }) => e.id)).toEqual([done.data.return.exchange_id])
      const twice = await call("post", `/admin/kassa/pos/return-requests/${request.id}/complete`, cashier, { register_id: mnl.r1, payment: { method: "cash", tendered: 100000 } })
      expect([twice.status, twice.data.message]).toEqual([400, `Return request ${sale.receipt}-RQ1 is already completed`])
      expect([await stockOf(container, mnl.item, mnl.location), await stockOf(container, mnl.dearer.item, mnl.location)]).toEqual([9, 9])
    })

    it("two requests for the same units sent at once: one is recorded, the other told those units have an open request; a late return and one without a receipt each need a manager", async () => {
      const container = getContainer()
      const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const sale = await sell(2)
      const both = await Promise.all([ask(sale, 2), ask(sale, 2, { note: "Second register, same customer" })])
      expect(both.map((r) => r.status).sort()).toEqual([201, 400])
      const refused = both.find((r) => r.status === 400)!
      expect(refused.data.message).toContain(`2 of the units sold already have an open return request (${sale.receipt}-RQ1)`)
      const { rows } = await pg.raw(`select number from kassa_pos_return_request where order_id = ?`, [sale.order_id])
      expect(rows.map((r: { number: string }) => r.number)).toEqual([`${sale.receipt}-RQ1`])

      // Within the amount: only the days since the sale, or a missing receipt, call for a manager.
      expect((await call("post", `/admin/kassa/pos/branches/${mnl.location}/settings`, manager, { return_approval_amount: 1000000, return_approval_days: 30 })).status).toBe(200)
      const fresh = await sell(1)
      expect((await call("post", `/admin/kassa/pos/branches/${mnl.location}/settings`, manager, { return_approval_amount: 1000000 })).status).toBe(200)
      const direct = (extra: object, who = cashier) =>
        call("post", "/admin/kassa/pos/returns", who, { order_id: fresh.order_id, register_id: mnl.r1, reason: "Changed mind", items: [{ item_id: fresh.item_id, quantity: 1, condition: "resellable" }], refund: { method: "cash" }, ...extra })
      expect((await ask(fresh)).data.message).toBe("This return needs no approval: make it at the counter")

      // No receipt: the cashier alone is refused (a manager's PIN, or a request); the request says why.
      const noReceipt = await direct({ no_receipt: true })
      expect([noReceipt.status, noReceipt.data.message]).toEqual([403, "This return needs pos:refund, or a manager's PIN (approval)"])
      const asked = await ask(fresh, 1, { no_receipt: true })
      expect([asked.status, asked.data.return_request?.approval_reason]).toEqual([201, "the customer has no receipt"])
      expect((await call("post", `/admin/kassa/pos/return-requests/${asked.data.return_request.id}/reject`, manager, { note: "No proof of purchase" })).status).toBe(200)

      // Past the return window (the sale 40 days old, the branch allows 30).
      await pg.raw(`update kassa_pos_ticket set completed_at = now() - interval '40 days' where order_id = ?`, [fresh.order_id])
      const late = await direct({})
      expect([late.status, late.data.message]).toEqual([403, "This return needs pos:refund, or a manager's PIN (approval)"])
      const lateAsk = await ask(fresh)
      expect([lateAsk.status, lateAsk.data.return_request?.approval_reason]).toEqual([201, "the sale is 40 days old, over the branch's 30"])
      expect((await call("post", `/admin/kassa/pos/return-requests/${lateAsk.data.return_request.id}/approve`, manager, {})).status).toBe(200)
      const done = await call("post", `/admin/kassa/pos/return-requests/${lateAsk.data.return_request.id}/complete`, cashier, { register_id: mnl.r1 })
      expect([done.status, done.data.return_request?.status]).toEqual([200, "completed"])
      expect(await stockOf(container, mnl.item, mnl.location)).toBe(8)
    })
  },
})

import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import { expireGiftCardsWorkflow } from "@kassa/store-credit/kit"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"

jest.setTimeout(300000)

type Receipt = { lines: { title: string; notes?: string[] }[]; codes?: { label: string; value: string }[]; taxes: { amount: string }[]; tenders: { method: string; amount: string; details?: { label: string; amount: string }[] }[] }

const codesIn = (receipt: Receipt) => receipt.lines.flatMap((l) => l.notes ?? []).flatMap((n) => /^Gift card ([0-9A-Z-]+)$/.exec(n)?.[1] ?? [])

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let r1: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

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
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 2000 })).status).toBe(201)
    })

    /** The demo's ₱1,000 gift card (product metadata kassa_gift_card, no stock kept, VAT 0 %). */
    const giftCardProduct = async () => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { sku: "GIFT-1000" } })
      return (data[0] as { id: string }).id
    }
    /** A demo accessory with stock at Manila (AirPods 4, ₱7,990). */
    const airpods = async () => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: 20 }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { sku } })
      return (data[0] as { id: string }).id
    }
    const ticketWith = async (variantId: string, quantity = 1) => {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: r1 })).data.ticket
      const added = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { variant_id: variantId, quantity })
      expect([added.status, added.data.message]).toEqual([200, undefined])
      return ticket.id as string
    }
    const checkout = (ticketId: string, tenders: unknown[], key = `gc-${ticketId}`) =>
      call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...cashier.headers, "idempotency-key": key } }, { tenders })
    const receiptOf = async (orderId: string): Promise<Receipt> => (await call("get", `/admin/kassa/pos/sales/${orderId}/receipt?format=json`, cashier)).data.receipt
    const lookup = (code: string, who: Headers = cashier) => call("post", "/admin/kassa/store-credit/gift-cards/lookup", who, { code })

    it("sells gift cards whose codes the receipt prints, spends one partly then fully at the counter, gives it back on a void, and refuses a disabled card", async () => {
      const card = await giftCardProduct()
      const goods = await airpods()

      // Two cards on one line: each its own code, printed under the line.
      const sold = await checkout(await ticketWith(card, 2), [{ method: "cash", tendered: 2000 }])
      expect([sold.status, sold.data.message]).toEqual([200, undefined])
      const soldReceipt = await receiptOf(sold.data.sale.order_id)
      const codes = codesIn(soldReceipt)
      expect(codes).toHaveLength(2)
      // Money kept for the customer, not goods: no VAT on the card (it is due when the card is spent).
      expect(soldReceipt.taxes.every((t) => t.amount === "0.00")).toBe(true)
      expect(new Set(codes).size).toBe(2)
      for (const code of codes) expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){4}[0-9A-HJKMNP-TV-Z]$/)
      const [code, other] = codes
      // And as barcodes at the receipt's foot, captioned, so a card scans at the counter.
      expect(soldReceipt.codes).toEqual(codes.map((value) => ({ label: "Gift card", value })))
      const html = (await call("get", `/admin/kassa/pos/sales/${sold.data.sale.order_id}/receipt?format=html`, cashier)).data as string
      for (const value of codes) expect(html).toContain(`<figcaption>Gift card ${value}</figcaption>`)
      expect(html.match(/<figure class="barcode">/g)).toHaveLength(3)

      const found = await lookup(code.toLowerCase().replace(/-/g, " "))
      expect(found.status).toBe(200)
      expect(found.data.gift_card).toEqual(expect.objectContaining({ amount: "1000.00", balance: "1000.00", currency_code: "php", status: "active" }))
      expect(found.data.gift_card.code).not.toContain(code.slice(0, 4))

      // Partly: ₱600.50 from the card, the rest in cash; the receipt says what the card has left.
      const first = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 600.5, data: { code } }, { method: "cash", tendered: 8000 }])
      expect([first.status, first.data.message]).toEqual([200, undefined])
      const firstReceipt = await receiptOf(first.data.sale.order_id)
      const paidByCard = firstReceipt.tenders.find((t) => t.method === "gift_card")!
      expect(paidByCard.amount).toBe("600.50")
      expect(paidByCard.details).toEqual([{ label: expect.stringMatching(/^Card .+ left$/), amount: "399.50" }])
      expect((await lookup(code)).data.gift_card.balance).toBe("399.50")

      // More than is left: 400, nothing written.
      const over = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 399.51, data: { code } }, { method: "cash", tendered: 8000 }])
      expect(over.status).toBe(400)
      expect(over.data.message).toMatch(/^Gift card .+ has ₱399\.50 left: less than the ₱399\.51 asked$/)
      // Fully: the rest of it.
      const second = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 399.5, data: { code } }, { method: "cash", tendered: 8000 }])
      expect([second.status, second.data.message]).toEqual([200, undefined])
      expect((await lookup(code)).data.gift_card.balance).toBe("0.00")
      expect((await receiptOf(second.data.sale.order_id)).tenders.find((t) => t.method === "gift_card")!.details![0].amount).toBe("0.00")

      // A void gives the card back what that sale took, once.
      const voided = await call("post", `/admin/kassa/pos/sales/${second.data.sale.order_id}/void`, { headers: { ...owner.headers, "idempotency-key": `void-${second.data.sale.order_id}` } }, { reason: "Customer changed their mind" })
      expect(voided.status).toBe(200)
      expect((await lookup(code)).data.gift_card.balance).toBe("399.50")

      // Typos and strangers.
      const typo = code.slice(0, 3) + (code[3] === "A" ? "B" : "A") + code.slice(4)
      expect([(await lookup(typo)).status, (await lookup(typo)).data.message]).toEqual([400, "That is not a gift card code: check it and type it again"])
      const noCode = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 10 }, { method: "cash", tendered: 8000 }])
      expect([noCode.status, noCode.data.message]).toEqual([400, "The gift card tender needs data.code: the card's code, scanned or typed"])

      // A lost card, disabled by a manager (not a cashier): nothing more is spent from it.
      const otherId = (await lookup(other)).data.gift_card.id
      expect((await call("post", `/admin/kassa/store-credit/gift-cards/${otherId}/disable`, cashier, { location_id: mnl, reason: "Reported lost" })).status).toBe(403)
      expect((await call("post", `/admin/kassa/store-credit/gift-cards/${otherId}/disable`, manager, { location_id: mnl, reason: "" })).status).toBe(400)
      expect((await call("post", `/admin/kassa/store-credit/gift-cards/${otherId}/disable`, manager, { location_id: mnl, reason: "Reported lost" })).status).toBe(200)
      expect((await lookup(other)).data.gift_card).toEqual(expect.objectContaining({ status: "disabled", disabled_reason: "Reported lost", balance: "1000.00" }))
      const lost = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 10, data: { code: other } }, { method: "cash", tendered: 8000 }])
      expect(lost.status).toBe(400)
      expect(lost.data.message).toMatch(/was disabled: Reported lost$/)
    })

    it("refuses a card whose sale is not completed (open or voided), lets one of two registers spend the last of a card, and rate-limits the store's lookup", async () => {
      const card = await giftCardProduct()
      const goods = await airpods()

      // A card on a sale that was voided is dead: refused however much it holds.
      const sold = await checkout(await ticketWith(card), [{ method: "cash", tendered: 1000 }])
      const [code] = codesIn(await receiptOf(sold.data.sale.order_id))
      await call("post", `/admin/kassa/pos/sales/${sold.data.sale.order_id}/void`, { headers: { ...owner.headers, "idempotency-key": `void-${sold.data.sale.order_id}` } }, { reason: "Rung up by mistake" })
      expect((await lookup(code)).data.gift_card.status).toBe("inactive")
      const dead = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 100, data: { code } }, { method: "cash", tendered: 8000 }])
      expect([dead.status, dead.data.message]).toEqual([400, expect.stringMatching(/is not active: the sale it was bought on is not completed$/)])

      // Two registers, one ₱1,000 card, ₱600 each at the same moment: exactly one is paid by it.
      const live = await checkout(await ticketWith(card), [{ method: "cash", tendered: 1000 }])
      const [shared] = codesIn(await receiptOf(live.data.sale.order_id))
      const tickets = [await ticketWith(goods), await ticketWith(goods)]
      const results = await Promise.all(tickets.map((t) => checkout(t, [{ method: "gift_card", amount: 600, data: { code: shared } }, { method: "cash", tendered: 8000 }])))
      expect(results.map((r) => r.status).sort()).toEqual([200, 400])
      expect((await lookup(shared)).data.gift_card.balance).toBe("400.00")

      // The store API: the balance by code with the publishable key, without staff or order details; a flood gets 429.
      const [key] = await getContainer().resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const shopper = { headers: { "x-publishable-api-key": key.token } }
      const mine = await call("post", "/store/kassa/gift-cards/lookup", shopper, { code: shared })
      expect(mine.status).toBe(200)
      expect(mine.data.gift_card).toEqual(expect.objectContaining({ balance: "400.00", status: "active" }))
      expect(mine.data.gift_card.order_id).toBeUndefined()
      expect((await call("post", "/store/kassa/gift-cards/lookup", shopper, { code: shared, extra: 1 })).status).toBe(400)
      // The count lives in Postgres, one row per address and minute: what any server process counted
      // (here written as another would have) counts for this one too.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await pg.raw(`select key, count from kassa_gift_card_lookup_window`)
      expect(rows).toEqual([{ key: expect.stringMatching(/^store:/), count: 2 }])
      await pg.raw(`update kassa_gift_card_lookup_window set count = 19`)
      expect((await call("post", "/store/kassa/gift-cards/lookup", shopper, { code: shared })).status).toBe(200)
      const limited = await call("post", "/store/kassa/gift-cards/lookup", shopper, { code: shared })
      expect([limited.status, limited.data.message]).toEqual([429, "Too many gift card lookups: at most 20 a minute"])
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(limited.headers["retry-after"])).toBeLessThanOrEqual(60)
    })

    it("gives cards the settings' validity, refuses and writes off an expired card with an expiry entry, and refuses to void a sale whose card was spent", async () => {
      const card = await giftCardProduct()
      const goods = await airpods()
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

      // Default: cards never expire; a manager sets 12 months (a cashier may not).
      expect((await call("get", "/admin/kassa/store-credit/settings", cashier)).data.settings.gift_card_validity_months).toBeNull()
      expect((await call("post", "/admin/kassa/store-credit/settings", cashier, { gift_card_validity_months: 12 })).status).toBe(403)
      const bad = await call("post", "/admin/kassa/store-credit/settings", manager, { gift_card_validity_months: 0 })
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("gift_card_validity_months")])
      const set = await call("post", "/admin/kassa/store-credit/settings", manager, { gift_card_validity_months: 12 })
      expect([set.status, set.data.settings]).toEqual([200, { expiry_months: 12, reminder_days: 14, gift_card_validity_months: 12 }])

      const before = Date.now()
      const sold = await checkout(await ticketWith(card, 2), [{ method: "cash", tendered: 2000 }])
      expect(sold.status).toBe(200)
      const [code, other] = codesIn(await receiptOf(sold.data.sale.order_id))
      const found = (await lookup(code)).data.gift_card
      const inAYear = new Date(before)
      inAYear.setUTCMonth(inAYear.getUTCMonth() + 12)
      expect(Math.abs(new Date(found.expires_at).getTime() - inAYear.getTime())).toBeLessThan(60_000)

      // Spent partly, then a year passes for it (its date moved back, as time would): refused, shown expired.
      const spend = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 100, data: { code } }, { method: "cash", tendered: 8000 }])
      expect(spend.status).toBe(200)
      await pg.raw(`update kassa_gift_card set expires_at = now() - interval '1 day' where id = ?`, [found.id])
      expect((await lookup(code)).data.gift_card).toEqual(expect.objectContaining({ status: "expired", balance: "900.00" }))
      const refused = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 10, data: { code } }, { method: "cash", tendered: 8000 }])
      expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/^Gift card .+ expired on \d{4}-\d{2}-\d{2}$/)])

      // The daily job writes off what was left, an expiry entry (never a silent change), once.
      expect((await expireGiftCardsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ cards: 1, centavos: 900_00 })
      expect((await expireGiftCardsWorkflow(getContainer()).run({ input: {} })).result).toEqual({ cards: 0, centavos: 0 })
      const history = (await call("get", `/admin/kassa/store-credit/gift-cards/${found.id}`, manager)).data.gift_card
      expect(history.status).toBe("expired")
      expect(history.entries.map((e: { type: string; amount: string; balance: string }) => [e.type, e.amount, e.balance])).toEqual([
        ["issue", "1000.00", "1000.00"],
        ["redeem", "-100.00", "900.00"],
        ["expiry", "-900.00", "0.00"],
      ])
      // The other card is a year from lapsing: the job leaves it.
      expect((await lookup(other)).data.gift_card).toEqual(expect.objectContaining({ status: "active", balance: "1000.00" }))

      // A sale whose card was spent cannot be voided: a clear 400, nothing changed.
      const cardSale = await checkout(await ticketWith(card), [{ method: "cash", tendered: 1000 }])
      const [fresh] = codesIn(await receiptOf(cardSale.data.sale.order_id))
      const spentOn = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 250, data: { code: fresh } }, { method: "cash", tendered: 8000 }])
      expect(spentOn.status).toBe(200)
      const voidSale = (orderId: string, key: string) => call("post", `/admin/kassa/pos/sales/${orderId}/void`, { headers: { ...owner.headers, "idempotency-key": key } }, { reason: "Rung up by mistake" })
      const refusedVoid = await voidSale(cardSale.data.sale.order_id, "void-refused")
      expect([refusedVoid.status, refusedVoid.data.message]).toEqual([400, expect.stringMatching(/^Gift card ••••-[0-9A-Z]{4}-[0-9A-Z] sold on this sale was already spent: the sale cannot be voided$/)])
      expect((await lookup(fresh)).data.gift_card).toEqual(expect.objectContaining({ status: "active", balance: "750.00" }))
      const [ticket] = await getContainer().resolve<PosModuleService>(POS_MODULE).listTickets({ order_id: cardSale.data.sale.order_id }, { select: ["status"] })
      expect(ticket.status).toBe("completed")
      // Once what it paid is given back (that sale voided), the card's own sale can be voided.
      expect((await voidSale(spentOn.data.sale.order_id, "void-spending")).status).toBe(200)
      expect((await voidSale(cardSale.data.sale.order_id, "void-allowed")).status).toBe(200)
      expect((await lookup(fresh)).data.gift_card).toEqual(expect.objectContaining({ status: "inactive", balance: "1000.00" }))
    })

    it("lists gift cards for managers with branch, status and code filters, a card's history, the order's cards and a CSV", async () => {
      const card = await giftCardProduct()
      const goods = await airpods()
      const ceb = ((await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["stock_location_id"], filters: { code: "CEB" } })).data[0] as { stock_location_id: string }).stock_location_id

      const sold = await checkout(await ticketWith(card, 3), [{ method: "cash", tendered: 3000 }])
      const [spentCode, lostCode, liveCode] = codesIn(await receiptOf(sold.data.sale.order_id))
      const voidedSale = await checkout(await ticketWith(card), [{ method: "cash", tendered: 1000 }])
      await call("post", `/admin/kassa/pos/sales/${voidedSale.data.sale.order_id}/void`, { headers: { ...owner.headers, "idempotency-key": "void-card" } }, { reason: "Rung up by mistake" })
      const spentSale = await checkout(await ticketWith(goods), [{ method: "gift_card", amount: 1000, data: { code: spentCode } }, { method: "cash", tendered: 8000 }])
      expect(spentSale.status).toBe(200)
      const lostId = (await lookup(lostCode)).data.gift_card.id
      await call("post", `/admin/kassa/store-credit/gift-cards/${lostId}/disable`, manager, { location_id: mnl, reason: "Reported lost" })

      // The order's history names its cards without their codes (left out of the audit log: the code spends the card).
      const { data: history } = await call("get", `/admin/kassa/audit/history?type=order&id=${sold.data.sale.order_id}`, owner)
      expect(history.entries.filter((e: { entity_type: string; action: string }) => e.entity_type === "gift_card" && e.action === "create")).toHaveLength(3)
      for (const c of [spentCode, lostCode, liveCode]) expect(JSON.stringify(history)).not.toContain(c.replace(/-/g, ""))

      const list = (query: string, who: Headers = manager) => call("get", `/admin/kassa/store-credit/gift-cards${query}`, who)
      const all = await list("")
      expect([all.status, all.data.count]).toEqual([200, 4])
      const byCode = (c: string) => all.data.gift_cards.find((g: { code: string }) => g.code === `••••-${c.slice(-6, -2)}-${c.slice(-1)}`)
      expect(byCode(liveCode)).toEqual(expect.objectContaining({ status: "active", amount: "1000.00", balance: "1000.00", branch: "Manila Branch", stock_location_id: mnl, order_id: sold.data.sale.order_id, order_display_id: expect.any(Number) }))
      expect(byCode(spentCode)).toEqual(expect.objectContaining({ status: "spent", balance: "0.00" }))
      expect(byCode(lostCode)).toEqual(expect.objectContaining({ status: "disabled", disabled_reason: "Reported lost" }))
      expect(all.data.gift_cards.map((g: { status: string }) => g.status).sort()).toEqual(["active", "disabled", "inactive", "spent"])
      // No code in full anywhere in the list.
      for (const c of [spentCode, lostCode, liveCode]) expect(JSON.stringify(all.data)).not.toContain(c.replace(/-/g, "").slice(0, 8))

      const statuses = async (query: string) => (await list(query)).data.gift_cards.map((g: { status: string }) => g.status)
      expect(await statuses("?status=active")).toEqual(["active"])
      expect(await statuses("?status=inactive")).toEqual(["inactive"])
      expect(await statuses("?status=spent")).toEqual(["spent"])
      expect(await statuses("?status=disabled")).toEqual(["disabled"])
      expect(await statuses("?status=expired")).toEqual([])
      expect((await list(`?location_id=${mnl}`)).data.count).toBe(4)
      expect((await list(`?order_id=${sold.data.sale.order_id}`)).data.count).toBe(3)
      expect((await list(`?location_id=${ceb}`, owner)).data.count).toBe(0)
      // The code: in full as typed, or its end as the list shows it; a piece of the hidden part is refused.
      expect((await list(`?q=${encodeURIComponent(liveCode.toLowerCase())}`)).data.gift_cards.map((g: { id: string }) => g.id)).toEqual([byCode(liveCode).id])
      expect((await list(`?q=${liveCode.slice(-6)}`)).data.gift_cards.map((g: { id: string }) => g.id)).toEqual([byCode(liveCode).id])
      expect((await list(`?q=${liveCode.slice(-6, -2)}`)).data.gift_cards.map((g: { id: string }) => g.id)).toContain(byCode(liveCode).id)
      const piece = await list(`?q=${liveCode.replace(/-/g, "").slice(0, 8)}`)
      expect([piece.status, piece.data.message]).toEqual([400, "Search by the card's full code, or its end as the list shows it (ABCD or ABCD-E)"])
      expect((await list("?status=lost")).status).toBe(400)

      // Managers only, at their branches: a cashier and another branch are refused.
      expect((await list("", cashier)).status).toBe(403)
      expect((await list(`?location_id=${ceb}`)).status).toBe(403)
      expect((await call("get", `/admin/kassa/store-credit/gift-cards/${lostId}`, cashier)).status).toBe(403)

      // A card's history with the running balance.
      const spent = (await call("get", `/admin/kassa/store-credit/gift-cards/${byCode(spentCode).id}`, manager)).data.gift_card
      expect(spent.entries.map((e: { type: string; amount: string; balance: string; order_id: string }) => [e.type, e.amount, e.balance, e.order_id])).toEqual([
        ["issue", "1000.00", "1000.00", sold.data.sale.order_id],
        ["redeem", "-1000.00", "0.00", spentSale.data.sale.order_id],
      ])
      expect((await call("get", "/admin/kassa/store-credit/gift-cards/gc_missing", manager)).status).toBe(404)

      // The order widget's data: cards sold on an order, cards used on one.
      const soldOn = (await call("get", `/admin/kassa/store-credit/orders/${sold.data.sale.order_id}`, cashier)).data.gift_cards
      expect(soldOn.sold.map((c: { code: string }) => c.code).sort()).toEqual([byCode(spentCode).code, byCode(lostCode).code, byCode(liveCode).code].sort())
      const usedOn = (await call("get", `/admin/kassa/store-credit/orders/${spentSale.data.sale.order_id}`, cashier)).data.gift_cards
      expect(usedOn).toEqual(expect.objectContaining({ used: "1000.00", given_back: "0.00", sold: [] }))
      expect(usedOn.entries).toEqual([expect.objectContaining({ type: "redeem", amount: "-1000.00", code: byCode(spentCode).code })])

      // The CSV: every filtered card, codes masked.
      const csv = await list("?format=csv&status=active")
      expect(csv.status).toBe(200)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      const [header, ...lines] = (csv.data as string).trim().split("\n")
      expect(header).toBe("id,code,currency_code,amount,balance,status,branch,stock_location_id,sold_at,expires_at,order_id,order_display_id,disabled_reason")
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`${byCode(liveCode).id},${byCode(liveCode).code},php,1000.00,1000.00,active,Manila Branch,${mnl}`)
      expect((await list("?format=csv&q=AB")).status).toBe(400)
    })
  },
})

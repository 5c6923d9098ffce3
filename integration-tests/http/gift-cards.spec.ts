import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { seedDemoData } from "../../src/scripts/demo/seed-demo"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"

jest.setTimeout(300000)

type Receipt = { lines: { title: string; notes?: string[] }[]; taxes: { amount: string }[]; tenders: { method: string; amount: string; details?: { label: string; amount: string }[] }[] }

const codesIn = (receipt: Receipt) => receipt.lines.flatMap((l) => l.notes ?? []).flatMap((n) => /^Gift card ([0-9A-Z-]+)$/.exec(n)?.[1] ?? [])

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let r1: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      await seedDemoData(container, { staffPassword: TEST_PASSWORD })
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
      let limited: { status: number; headers: Record<string, string> } | undefined
      for (let i = 0; i < 25 && !limited; i++) {
        const res = await call("post", "/store/kassa/gift-cards/lookup", shopper, { code: shared })
        if (res.status === 429) limited = res
      }
      expect(limited?.status).toBe(429)
      expect(Number(limited!.headers["retry-after"])).toBeGreaterThan(0)
    })
  },
})

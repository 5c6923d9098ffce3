import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { earnLoyaltyPointsWorkflow, loyaltyNightlyJob, takeBackLoyaltyPointsWorkflow } from "@kassa/loyalty/kit"
import { integrationTestRunner } from "../helpers/test-runner"
import { capturePaymentWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"
import { seedDemoDataOnce } from "../helpers/demo-data"
import { placeOrder } from "../helpers/web-order"

jest.setTimeout(300000)

type Entry = { id: string; type: string; points: number; spend: number; shortfall: number; balance: number; reference_type: string | null; reference_id: string | null; stock_location_id: string | null }
type Member = { tier: { name: string; customer_group_id: string | null } | null; balance: number; available: number; available_value: number; qualifying: number }

const centavos = (amount: string | number) => Math.round(Number(amount) * 100)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let mnlR1: string
    let cebR1: string
    let owner: Headers
    let manager: Headers
    let cashier: Headers
    let cebCashier: Headers
    let technician: Headers

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    /** Polls until `probe` answers something (a subscriber's work lands just after the request). */
    async function until<T>(probe: () => Promise<T | undefined | null | false>, what: string): Promise<T> {
      for (let i = 0; i < 150; i++) {
        const found = await probe()
        if (found) return found
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`Timed out waiting for ${what}`)
    }

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
      const branches = data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]
      const manila = branches.find((b) => b.code === "MNL")!
      const cebu = branches.find((b) => b.code === "CEB")!
      mnl = manila.stock_location_id
      ceb = cebu.stock_location_id
      mnlR1 = manila.registers.find((r) => r.code === "R1")!.id
      cebR1 = cebu.registers.find((r) => r.code === "R1")!.id
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      cebCashier = await staffHeaders(api, container, "cashier.ceb@example.com", { roles: ["Cashier"], branch_ids: [ceb] })
      technician = await staffHeaders(api, container, "tech.mnl@example.com", { roles: ["Technician"], branch_ids: [mnl] })
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: mnlR1, opening_float: 2000 })).status).toBe(201)
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cebCashier, { register_id: cebR1, opening_float: 2000 })).status).toBe(201)
    })

    /** The first demo accessory (AirPods 4, ₱7,990) with ten units at Manila and Cebu. */
    const airpods = async () => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[0].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([
        { inventory_item_id: item.id, location_id: mnl, stocked_quantity: 10 },
        { inventory_item_id: item.id, location_id: ceb, stocked_quantity: 10 },
      ])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id", "barcode"], filters: { sku } })
      const v = data[0] as { id: string; barcode: string }
      return { barcode: v.barcode, variantId: v.id }
    }

    let seq = 0
    const newCustomer = async () => {
      seq++
      const res = await call("post", "/admin/kassa/pos/customers", cashier, { first_name: "Lina", last_name: `Puntos ${seq}`, phone: `0917 710 ${1000 + seq}`, email: `lina.puntos${seq}@example.com` })
      expect(res.status).toBe(201)
      return res.data.customer as { id: string; email: string }
    }
    const loyaltyOf = async (customerId: string, who = cashier) => {
      const res = await call("get", `/admin/kassa/loyalty/customers/${customerId}`, who)
      expect(res.status).toBe(200)
      return res.data as { member: Member | null; history: Entry[]; point_value: number }
    }
    const sell = async (who: Headers, at: string, register: string, barcode: string, quantity: number, customerId: string, tenders: (total: number) => unknown[]) => {
      const ticket = (await call("post", "/admin/kassa/pos/tickets", who, { location_id: at, register_id: register })).data.ticket
      expect((await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, who, { code: barcode, quantity })).status).toBeLessThan(300)
      expect((await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, who, { customer_id: customerId })).status).toBe(200)
      const total = centavos((await call("get", `/admin/kassa/pos/tickets/${ticket.id}`, who)).data.ticket.totals.total)
      const paid = await call("post", `/admin/kassa/pos/tickets/${ticket.id}/checkout`, { headers: { ...who.headers, "idempotency-key": `ly-${ticket.id}` } }, { tenders: tenders(total) })
      return { paid, total }
    }
    const groupsOf = async (customerId: string) => {
      const links = await getContainer().resolve(Modules.CUSTOMER).listCustomerGroupCustomers({ customer_id: customerId }, { select: ["customer_group_id"] })
      return links.map((l) => l.customer_group_id)
    }

    it("earns at Manila, spends part at Cebu, takes a return's share back and moves the tier and its customer group down", async () => {
      const customer = await newCustomer()
      const v = await airpods()

      // Not a member: nothing yet; enrolled at Manila by the cashier, in Bronze and its group.
      expect((await loyaltyOf(customer.id)).member).toBeNull()
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, technician, { location_id: mnl, marketing_consent: true })).status).toBe(403)
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, cashier, { location_id: mnl })).data.message).toMatch(/^Invalid request: .*marketing_consent/)
      const enrolled = await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, cashier, { location_id: mnl, marketing_consent: true })
      expect([enrolled.status, enrolled.data.member.tier.name, enrolled.data.member.balance]).toEqual([201, "Bronze", 0])
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, cashier, { location_id: mnl, marketing_consent: true })).status).toBe(200)
      // Every tier is a customer group (made by the migration script on an install, else by the first tier move).
      const { data: settings } = await call("get", "/admin/kassa/loyalty/settings", cashier)
      const tierNamed = (name: string) => settings.tiers.find((t: { name: string }) => t.name === name)
      expect(settings.tiers.map((t: { name: string; customer_group_id: string | null }) => [t.name, !!t.customer_group_id])).toEqual([["Bronze", true], ["Silver", true], ["Gold", true], ["Platinum", true]])
      expect(await groupsOf(customer.id)).toEqual([tierNamed("Bronze").customer_group_id])

      // Manila: three AirPods (₱23,970) in cash: 239 points at a point per ₱100, and Silver (₱20,000 of spend).
      const first = await sell(cashier, mnl, mnlR1, v.barcode, 3, customer.id, () => [{ method: "cash", tendered: 30_000 }])
      expect([first.paid.status, first.paid.data.message]).toEqual([200, undefined])
      expect(first.total).toBe(2_397_000)
      let member = await until(async () => {
        const m = (await loyaltyOf(customer.id)).member
        // The tier is the subscriber's step after the points: both, then.
        return m && m.balance > 0 && m.tier?.name !== "Bronze" && m
      }, "the Manila sale's points and tier")
      expect(member).toEqual(expect.objectContaining({ balance: 239, qualifying: 2_397_000, available_value: 23_900 }))
      expect(member.tier!.name).toBe("Silver")
      // The group follows the tier just after it (the subscriber's next step): polled.
      await until(async () => JSON.stringify(await groupsOf(customer.id)) === JSON.stringify([tierNamed("Silver").customer_group_id]), "the Silver group")

      // The counter at Cebu offers points; beyond the share points may pay, or the balance: refused, nothing written.
      const counter = await call("get", `/admin/kassa/pos/counter?location_id=${ceb}`, cebCashier)
      expect(counter.data.tenders.map((t: { id: string }) => t.id)).toContain("loyalty_points")
      const over = await sell(cebCashier, ceb, cebR1, v.barcode, 1, customer.id, () => [{ method: "loyalty_points", amount: 240 }, { method: "cash", tendered: 10_000 }])
      expect([over.paid.status, over.paid.data.message]).toEqual([400, "The member has 239 points: fewer than the 240 asked"])
      const fraction = await sell(cebCashier, ceb, cebR1, v.barcode, 1, customer.id, () => [{ method: "loyalty_points", amount: 100.5 }, { method: "cash", tendered: 10_000 }])
      expect([fraction.paid.status, fraction.paid.data.message]).toEqual([400, "A points payment must be a whole number of points: each point is worth 1.00"])

      // Cebu: one AirPods, 100 points (₱100) and the rest in cash; the cash part earns at Silver's 1.1×: 7,890 / 100 × 1.1 = 86.79 → 86.
      const second = await sell(cebCashier, ceb, cebR1, v.barcode, 1, customer.id, () => [{ method: "loyalty_points", amount: 100 }, { method: "cash", tendered: 10_000 }])
      expect([second.paid.status, second.paid.data.message]).toEqual([200, undefined])
      const secondOrder: string = second.paid.data.sale.order_id
      member = await until(async () => {
        const l = await loyaltyOf(customer.id)
        return l.history.some((e) => e.type === "earn" && e.reference_id === secondOrder) && l.member
      }, "the Cebu sale's points")
      expect(member.balance).toBe(239 - 100 + 86)
      const { history } = await loyaltyOf(customer.id)
      expect(history.map((e) => [e.type, e.points, e.balance, e.stock_location_id])).toEqual([
        ["earn", 239, 239, mnl],
        ["redeem", -100, 139, ceb],
        ["earn", 86, 225, ceb],
      ])
      // The receipt shows the points spent under the tender and the loyalty lines under the sale.
      const receipt = (await call("get", `/admin/kassa/pos/sales/${secondOrder}/receipt?format=json`, cebCashier)).data.receipt
      expect(receipt.tenders.find((t: { method: string }) => t.method === "loyalty_points")).toEqual(expect.objectContaining({ label: "Points", amount: "100.00", details: [{ label: "Points spent: 100", amount: "100.00" }] }))
      expect(receipt.lines.at(-1).notes).toEqual(expect.arrayContaining(["Points earned: 86", "Points spent: 100", "Points balance: 225", "Tier: Silver"]))
      const text = (await call("get", `/admin/kassa/pos/sales/${secondOrder}/receipt?format=text`, cebCashier)).data
      expect(text).toContain("Points balance: 225")

      // Two of the Manila sale's three units come back: two thirds of its 239 points (159) and of its spend go;
      // the spend left in the window (₱7,990 + ₱7,890) is Bronze again, and the customer group follows.
      expect((await call("post", `/admin/kassa/pos/branches/${mnl}/settings`, owner, { return_approval_amount: 50000 })).status).toBe(200)
      const [line] = (await call("get", `/admin/kassa/pos/sales?location_id=${mnl}&q=${first.paid.data.sale.receipt_number}`, cashier)).data.sales[0].lines
      const returned = await call("post", "/admin/kassa/pos/returns", cashier, {
        order_id: first.paid.data.sale.order_id, register_id: mnlR1, reason: "Two too many", items: [{ item_id: line.item_id, quantity: 2, condition: "resellable" }], refund: { method: "cash" },
      })
      expect([returned.status, returned.data.message]).toEqual([201, undefined])
      member = await until(async () => {
        const l = await loyaltyOf(customer.id)
        return l.history.some((e) => e.type === "reverse") && l.member?.tier?.name !== "Silver" && l.member
      }, "the return's take-back and tier")
      expect(member).toEqual(expect.objectContaining({ balance: 225 - 159, qualifying: 2_397_000 - 1_598_000 + 789_000 }))
      expect(member.tier!.name).toBe("Bronze")
      expect((await loyaltyOf(customer.id)).history.at(-1)).toEqual(expect.objectContaining({ type: "reverse", points: -159, spend: -1_598_000, shortfall: 0, reference_type: "return", stock_location_id: mnl }))
      await until(async () => JSON.stringify(await groupsOf(customer.id)) === JSON.stringify([tierNamed("Bronze").customer_group_id]), "the Bronze group again")
      // The Cebu sale's receipt reprinted now shows its figures as of that sale, not today's (66, Bronze).
      const reprint = (await call("get", `/admin/kassa/pos/sales/${secondOrder}/receipt?format=json`, cebCashier)).data.receipt
      expect(reprint.lines.at(-1).notes).toEqual(expect.arrayContaining(["Points earned: 86", "Points spent: 100", "Points balance: 225", "Tier: Silver"]))
      // The counter's return runs on Medusa's return flow too (order.return_received): taken back once, by the counter's rule.
      expect((await loyaltyOf(customer.id)).history.filter((e) => e.type === "reverse")).toHaveLength(1)

      // The members list finds them by tier and branch, also as CSV; the dashboard's figures count them.
      // (A Manila cashier may name only Manila: the list is filtered by a branch the caller works at.)
      expect((await call("get", `/admin/kassa/loyalty/members?location_id=${ceb}`, cashier)).status).toBe(403)
      const listed = await call("get", `/admin/kassa/loyalty/members?location_id=${mnl}&tier_id=${tierNamed("Bronze").id}`, cashier)
      expect(listed.status).toBe(200)
      expect(listed.data.members.map((m: { customer_id: string; balance: number }) => [m.customer_id, m.balance])).toContainEqual([customer.id, 66])
      const csv = await call("get", `/admin/kassa/loyalty/members?q=Puntos&format=csv`, cashier)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      expect(csv.data).toContain(`${customer.id},Lina Puntos ${seq},${customer.email}`)
      const figures = (await call("get", "/admin/kassa/loyalty/figures", cashier)).data.figures
      expect(figures).toEqual(expect.objectContaining({ members: expect.any(Number), points_redeemed_this_month: expect.any(Number) }))
      expect(figures.points_outstanding).toBeGreaterThanOrEqual(66)
      expect(figures.liability).toBe(figures.points_outstanding * 100)

      // A manager adjusts with a reason; a cashier may not; a deduction beyond the balance is refused.
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/adjust`, cashier, { location_id: mnl, points: 10, reason: "Goodwill" })).status).toBe(403)
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/adjust`, manager, { location_id: mnl, points: -67, reason: "Correction" })).data.message).toBe("The member has 66 points: 67 cannot be taken away")
      const adjusted = await call("post", `/admin/kassa/loyalty/customers/${customer.id}/adjust`, manager, { location_id: mnl, points: 34, reason: "Goodwill: late delivery" })
      expect([adjusted.status, adjusted.data.member.balance]).toEqual([201, 100])
    })

    it("earns a storefront order when its payment is captured, once when its event is delivered twice, takes a Medusa return's share back, e-mails the tier changes and shows the store API", async () => {
      const container = getContainer()
      const customer = await newCustomer()
      const v = await airpods()
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, cashier, { location_id: mnl, marketing_consent: true })).status).toBe(201)

      // Three AirPods (₱23,970), placed and authorized, not paid yet: nothing earned, even when asked.
      const { orderId, paymentId } = await placeOrder(container, { variantId: v.variantId, locationId: mnl, email: customer.email, customerId: customer.id, quantity: 3 })
      expect((await earnLoyaltyPointsWorkflow(container).run({ input: { order_id: orderId } })).result.earned.points).toBe(0)
      expect((await loyaltyOf(customer.id)).history).toEqual([])

      // The payment captured: 239 points, and Silver (₱20,000 of spend).
      await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
      const earned = await until(async () => (await loyaltyOf(customer.id)).history.find((e) => e.type === "earn"), "the web order's points")
      expect(earned).toEqual(expect.objectContaining({ reference_type: "order", reference_id: orderId, points: 239, stock_location_id: null }))
      // payment.captured again (a redelivery), twice at once, and the workflow it runs twice at once: still one earning.
      const events = container.resolve(Modules.EVENT_BUS)
      await Promise.all([1, 2].map(() => events.emit({ name: "payment.captured", data: { id: paymentId } })))
      const again = await Promise.all([1, 2].map(() => earnLoyaltyPointsWorkflow(container).run({ input: { order_id: orderId } })))
      expect(again.map((r) => r.result.earned.points)).toEqual([239, 239])
      await new Promise((r) => setTimeout(r, 1000))
      expect((await loyaltyOf(customer.id)).history.filter((e) => e.type === "earn")).toHaveLength(1)

      // The tier change is e-mailed through the notification module (sent by SMTP where configured;
      // this spec has no SMTP server, so the record is read): the new tier and its benefits.
      const notifications = container.resolve(Modules.NOTIFICATION)
      const mails = () => notifications.listNotifications({ to: customer.email, template: "kassa-loyalty-tier-changed" }, { select: ["id", "channel", "data", "created_at"], order: { created_at: "ASC" } })
      const [silver] = await until(async () => { const m = await mails(); return m.length > 0 && m }, "the Silver e-mail")
      expect(silver.channel).toBe("email")
      expect(silver.data!.subject).toBe("Welcome to Silver: your new loyalty tier")
      expect(silver.data!.text).toContain("Your membership moved from Bronze to Silver.")
      expect(silver.data!.text).toContain("you earn 1.1 points for every ₱100 you spend")
      expect(silver.data!.text).toContain("Each point is worth ₱1 when you pay with points")

      // One of the three comes back through Medusa's own return flow (the admin's order returns):
      // a third of the earning (80 of 239) and of its spend go, and the member is Bronze again.
      const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
      const itemId = (order as unknown as { items: { id: string }[] }).items[0].id
      const fulfilled = await call("post", `/admin/orders/${orderId}/fulfillments`, owner, { items: [{ id: itemId, quantity: 3 }], location_id: mnl })
      expect([fulfilled.status, fulfilled.data.message]).toEqual([200, undefined])
      const ret = await call("post", "/admin/returns", owner, { order_id: orderId, location_id: mnl })
      expect([ret.status, ret.data.message]).toEqual([200, undefined])
      const returnId: string = ret.data.return.id
      for (const [url, body] of [
        [`/admin/returns/${returnId}/request-items`, { items: [{ id: itemId, quantity: 1 }] }],
        [`/admin/returns/${returnId}/request`, {}],
        [`/admin/returns/${returnId}/receive`, {}],
        [`/admin/returns/${returnId}/receive-items`, { items: [{ id: itemId, quantity: 1 }] }],
        [`/admin/returns/${returnId}/receive/confirm`, {}],
      ] as const) {
        const res = await call("post", url, owner, body)
        expect([url, res.status, res.data.message]).toEqual([url, 200, undefined])
      }
      const back = await until(async () => {
        const l = await loyaltyOf(customer.id)
        return l.history.some((e) => e.type === "reverse") && l.member?.tier?.name === "Bronze" && l
      }, "the Medusa return's take-back and tier")
      expect(back.history.at(-1)).toEqual(expect.objectContaining({ type: "reverse", points: -80, spend: -799_000, shortfall: 0, reference_type: "return", reference_id: returnId, balance: 159 }))
      expect(back.member!.qualifying).toBe(1_598_000)
      // The return's event again: nothing more taken.
      await takeBackLoyaltyPointsWorkflow(container).run({ input: { order_id: orderId, kind: "order_return", reference_id: returnId } })
      expect((await loyaltyOf(customer.id)).history.filter((e) => e.type === "reverse")).toHaveLength(1)
      const down = await until(async () => { const m = await mails(); return m.length > 1 && m[1] }, "the Bronze e-mail")
      expect(down.data!.subject).toBe("Your loyalty tier is now Bronze")

      // The signed-in customer's own view, without staff ids; a guest gets 401.
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email: customer.email, password: "customer-pass" } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: customer.id } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: customer.email, password: "customer-pass" })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const shopper = { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": key.token } }
      const mine = await call("get", "/store/kassa/loyalty", shopper)
      expect(mine.status).toBe(200)
      expect(mine.data.member).toEqual(expect.objectContaining({ balance: 159, available_value: 15_900 }))
      expect(mine.data.member.tier.name).toBe("Bronze")
      expect(mine.data.history[0].actor_id).toBeUndefined()
      expect((await call("get", "/store/kassa/loyalty", { headers: { "x-publishable-api-key": key.token } })).status).toBe(401)
      // Enrolling again from the web store keeps the membership; a body without consent is refused.
      const again2 = await call("post", "/store/kassa/loyalty/enrol", shopper, { marketing_consent: true })
      expect([again2.status, again2.data.created, again2.data.member.balance]).toEqual([200, false, 159])
      expect((await call("post", "/store/kassa/loyalty/enrol", shopper, {})).status).toBe(400)
    })

    it("keeps each tier a customer group that a promotion can target: a Gold promotion applies at the counter to Gold members only", async () => {
      const container = getContainer()
      const v = await airpods()
      const member = await newCustomer()
      const guest = await newCustomer()
      expect((await call("post", `/admin/kassa/loyalty/customers/${member.id}/enrol`, cashier, { location_id: mnl, marketing_consent: false })).status).toBe(201)
      // The first member's tier move made every tier's group.
      const { data: programme } = await call("get", "/admin/kassa/loyalty/tiers", cashier)
      const gold = programme.tiers.find((t: { name: string }) => t.name === "Gold")
      // A tier's threshold is its own; only a manager sets tiers.
      expect((await call("post", "/admin/kassa/loyalty/tiers", cashier, { name: "Diamond", threshold: 30_000_000, earn_multiplier_percent: 200 })).status).toBe(403)
      const clash = await call("post", "/admin/kassa/loyalty/tiers", manager, { name: "Diamond", threshold: gold.threshold, earn_multiplier_percent: 200 })
      expect([clash.status, clash.data.message]).toEqual([400, `Tier Gold already starts at ${gold.threshold}: two tiers cannot share a threshold`])
      const diamond = await call("post", "/admin/kassa/loyalty/tiers", manager, { name: "Diamond", threshold: 30_000_000, earn_multiplier_percent: 200 })
      expect([diamond.status, diamond.data.tier.name, diamond.data.tiers.map((t: { name: string }) => t.name)]).toEqual([201, "Diamond", ["Bronze", "Silver", "Gold", "Platinum", "Diamond"]])
      expect((await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ id: diamond.data.tier.customer_group_id }, { select: ["name"] }))[0].name).toBe("Loyalty: Diamond")

      // Seven AirPods (₱55,930): past Gold's ₱50,000.
      const big = await sell(cashier, mnl, mnlR1, v.barcode, 7, member.id, () => [{ method: "cash", tendered: 60_000 }])
      expect([big.paid.status, big.paid.data.message]).toEqual([200, undefined])
      const standing = await until(async () => {
        const m = (await loyaltyOf(member.id)).member
        return m?.tier?.name === "Gold" && m
      }, "Gold")
      expect(standing.balance).toBe(559)
      const gold_group = (await getContainer().resolve(Modules.CUSTOMER).listCustomerGroups({ id: gold.customer_group_id }, { select: ["name"] }))[0]
      expect(gold_group.name).toBe("Loyalty: Gold")
      await until(async () => JSON.stringify(await groupsOf(member.id)) === JSON.stringify([gold.customer_group_id]), "the Gold group")

      // 10 % off for the Gold group, automatic: the counter prices it for the Gold member, not for another customer.
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [{
            code: "GOLD10", type: "standard", is_automatic: true, status: "active",
            application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10, currency_code: "php" },
            rules: [{ attribute: "customer.groups.id", operator: "in", values: [gold.customer_group_id] }],
          }],
        } as never,
      })
      const priced = async (customerId: string) => {
        const ticket = (await call("post", "/admin/kassa/pos/tickets", cashier, { location_id: mnl, register_id: mnlR1 })).data.ticket
        await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, cashier, { code: v.barcode, quantity: 1 })
        await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, cashier, { customer_id: customerId })
        return (await call("get", `/admin/kassa/pos/tickets/${ticket.id}`, cashier)).data.ticket
      }
      expect(centavos((await priced(member.id)).totals.total)).toBe(719_100)
      expect(centavos((await priced(guest.id)).totals.total)).toBe(799_000)

      // The nightly pass thirteen months on: the points lapsed (an expire entry), the spend left the
      // window, so Gold lapses to Bronze and the promotion's group with it.
      expect(await loyaltyNightlyJob(container, new Date(Date.now() + 400 * 86_400_000))).toEqual({ expired: 559 })
      const later = await loyaltyOf(member.id)
      expect(later.history.at(-1)).toEqual(expect.objectContaining({ type: "expire", points: -559, balance: 0 }))
      expect(later.member!.tier!.name).toBe("Bronze")
      expect(await groupsOf(member.id)).toEqual([programme.tiers.find((t: { name: string }) => t.name === "Bronze").customer_group_id])
    })

    it("a void gives back the points a sale was paid with and takes back what it earned, once", async () => {
      const customer = await newCustomer()
      const v = await airpods()
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, cashier, { location_id: mnl, marketing_consent: false })).status).toBe(201)
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/adjust`, manager, { location_id: mnl, points: 200, reason: "Welcome gift" })).status).toBe(201)
      const sale = await sell(cashier, mnl, mnlR1, v.barcode, 1, customer.id, () => [{ method: "loyalty_points", amount: 150 }, { method: "cash", tendered: 10_000 }])
      expect([sale.paid.status, sale.paid.data.message]).toEqual([200, undefined])
      const orderId: string = sale.paid.data.sale.order_id
      // ₱7,840 in cash: 78 points.
      await until(async () => (await loyaltyOf(customer.id)).history.some((e) => e.type === "earn"), "the sale's points")
      expect((await loyaltyOf(customer.id)).member!.balance).toBe(200 - 150 + 78)

      const voided = await call("post", `/admin/kassa/pos/sales/${orderId}/void`, { headers: { ...owner.headers, "idempotency-key": `void-${orderId}` } }, { reason: "Customer changed their mind" })
      expect(voided.status).toBe(200)
      await until(async () => (await loyaltyOf(customer.id)).history.filter((e) => e.type === "reverse").length === 2, "the void's entries")
      // Read again once both are written: the balance and the history are two reads, and the first
      // one above may have seen the balance between the two entries (278 with one of them).
      const back = await loyaltyOf(customer.id)
      expect(back.member!.balance).toBe(200)
      expect(back.member!.qualifying).toBe(0)
      expect(back.history.filter((e) => e.type === "reverse").map((e) => [e.reference_type, e.points]).sort()).toEqual([["redeem", 150], ["void", -78]])
    })

    it("is switched off at a branch: no points tender there, its routes refuse that branch with 403, and its sales earn nothing", async () => {
      const customer = await newCustomer()
      const v = await airpods()
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/enrol`, cashier, { location_id: mnl, marketing_consent: false })).status).toBe(201)
      expect((await call("post", `/admin/kassa/branches/${mnl}/plugins`, owner, { plugin: "loyalty", enabled: false })).status).toBe(200)

      const counter = await call("get", `/admin/kassa/pos/counter?location_id=${mnl}`, cashier)
      expect(counter.data.tenders.map((t: { id: string }) => t.id)).not.toContain("loyalty_points")
      expect((await call("get", `/admin/kassa/loyalty/customers/${customer.id}?location_id=${mnl}`, cashier)).status).toBe(403)
      expect((await call("post", `/admin/kassa/loyalty/customers/${customer.id}/adjust`, manager, { location_id: mnl, points: 10, reason: "Goodwill" })).status).toBe(403)
      // Paying with points at Manila is refused as a tender the branch does not take.
      const refused = await sell(cashier, mnl, mnlR1, v.barcode, 1, customer.id, () => [{ method: "loyalty_points", amount: 10 }, { method: "cash", tendered: 10_000 }])
      expect(refused.paid.status).toBe(400)
      // A cash sale at Manila earns nothing; the same customer's sale at Cebu (on there) does.
      const offSale = await sell(cashier, mnl, mnlR1, v.barcode, 1, customer.id, () => [{ method: "cash", tendered: 10_000 }])
      expect(offSale.paid.status).toBe(200)
      const onSale = await sell(cebCashier, ceb, cebR1, v.barcode, 1, customer.id, () => [{ method: "cash", tendered: 10_000 }])
      expect(onSale.paid.status).toBe(200)
      const earned = await until(async () => (await loyaltyOf(customer.id)).history.find((e) => e.type === "earn"), "the Cebu sale's points")
      expect(earned.reference_id).toBe(onSale.paid.data.sale.order_id)
      // Both sales' events were handled in order: the Manila one, earlier, wrote nothing.
      expect((await loyaltyOf(customer.id)).history.map((e) => e.reference_id)).toEqual([onSale.paid.data.sale.order_id])
      expect((await call("get", `/admin/kassa/loyalty/customers/${customer.id}?location_id=${ceb}`, cebCashier)).status).toBe(200)
    })
  },
})

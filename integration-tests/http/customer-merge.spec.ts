import { CUSTOMER_MERGE_MODULE, type CustomerMergeModuleService, defineCustomerMergeHook, normalizeCustomerPhones, removeCustomerMergeHook, rolePolicyCustomerMerge, STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { adminHeaders, Headers, staffHeaders } from "../helpers/admin"

jest.setTimeout(300000)

type Customer = { id: string; first_name: string; last_name: string | null; phone: string | null; email: string | null }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let owner: Headers
    let manager: Headers
    let cashier: Headers

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    beforeEach(async () => {
      const container = getContainer()
      owner = await adminHeaders(api, container, "owner@example.com")
      manager = await staffHeaders(api, container, "manager@example.com", { roles: ["Manager"], all_branches: true, branch_ids: [] })
      cashier = await staffHeaders(api, container, "cashier@example.com", { roles: ["Cashier"], all_branches: true, branch_ids: [] })
    })

    const quickAdd = async (body: Record<string, unknown>) => call("post", "/admin/kassa/pos/customers", cashier, body)
    const lookUp = async (q: string): Promise<Customer[]> => {
      const res = await call("get", `/admin/kassa/pos/customers?${new URLSearchParams({ q })}`, cashier)
      expect(res.status).toBe(200)
      return res.data.customers
    }
    /** A customer as an old import left it: the phone spelled as typed, written past Kassa's routes. */
    const legacyCustomer = async (data: Partial<Customer>) =>
      (await getContainer().resolve(Modules.CUSTOMER).createCustomers({ first_name: "Ana", ...data })) as unknown as Customer

    it("stores phones in E.164, so every spelling finds and re-adds the same customer at the counter", async () => {
      const first = await quickAdd({ first_name: "Ana", last_name: "Santos", phone: "0917 123 4567" })
      expect(first.status).toBe(201)
      expect(first.data.customer.phone).toBe("+639171234567")
      for (const spelling of ["0917 123 4567", "+639171234567", "639171234567", "09171234567"]) {
        expect((await lookUp(spelling)).map((c) => c.id)).toEqual([first.data.customer.id])
      }
      const again = await quickAdd({ first_name: "Ana", phone: "+63 917 123 4567" })
      expect(again.status).toBe(200)
      expect(again.data).toMatchObject({ created: false, customer: { id: first.data.customer.id } })

      const garbage = await quickAdd({ first_name: "Ana", phone: "0917-CALL-ANA" })
      expect(garbage.status).toBe(400)
      expect(garbage.data.message).toMatch(/is not a phone number/)

      // Medusa's own admin form: a phone is normalised by core's hook, garbage refused before anything is written.
      const viaMedusa = await call("post", "/admin/customers", owner, { first_name: "Ben", email: "ben@example.com", phone: "0918 765 4321" })
      expect(viaMedusa.status).toBe(200)
      const [stored] = await getContainer().resolve(Modules.CUSTOMER).listCustomers({ id: viaMedusa.data.customer.id }, { select: ["phone"] })
      expect(stored.phone).toBe("+639187654321")
      expect((await call("post", "/admin/customers", owner, { first_name: "Cy", phone: "not a phone" })).status).toBe(400)
      expect(await getContainer().resolve(Modules.CUSTOMER).listCustomers({ first_name: "Cy" })).toEqual([])
    })

    it("rewrites the phones already on file in E.164 once, leaving unreadable ones; gives Manager customer:merge on an old install", async () => {
      const container = getContainer()
      const typed = await legacyCustomer({ phone: "0917 123 4567" })
      const copied = await legacyCustomer({ phone: "639181112222" })
      const unreadable = await legacyCustomer({ phone: "ask at the desk" })
      for (let run = 0; run < 2; run++) await normalizeCustomerPhones({ container })
      const phones = await container.resolve(Modules.CUSTOMER).listCustomers({ id: [typed.id, copied.id, unreadable.id] }, { select: ["id", "phone"] })
      expect(Object.fromEntries(phones.map((c) => [c.id, c.phone]))).toEqual({ [typed.id]: "+639171234567", [copied.id]: "+639181112222", [unreadable.id]: "ask at the desk" })

      const staff = container.resolve<StaffModuleService>(STAFF_MODULE)
      const [role] = await staff.listStaffRoles({ name: "Manager", is_system: true }, { select: ["id", "policies"] })
      await staff.updateStaffRoles([{ id: role.id, policies: (role.policies as string[]).filter((p) => p !== "customer:merge") }])
      expect((await call("get", "/admin/kassa/customers/duplicates", manager)).status).toBe(403)
      for (let run = 0; run < 2; run++) await rolePolicyCustomerMerge({ container })
      const [after] = await staff.listStaffRoles({ id: role.id }, { select: ["policies"] })
      expect((after.policies as string[]).filter((p) => p === "customer:merge")).toEqual(["customer:merge"])
      expect((await call("get", "/admin/kassa/customers/duplicates", manager)).status).toBe(200)
    })

    it("finds duplicates by phone, e-mail and name; merges orders, a plan, a warranty claim and store credit; audited", async () => {
      const container = getContainer()
      const kept = (await quickAdd({ first_name: "Maria", last_name: "Cruz", phone: "0917 555 0101", email: "maria@example.com" })).data.customer as Customer
      const dup = await legacyCustomer({ first_name: "Maria Luz", last_name: "Reyes", phone: "0917 555 0101" })
      const sameMail = await legacyCustomer({ first_name: "M.", last_name: "Cruz", email: "MARIA@example.com" })
      await legacyCustomer({ first_name: "Other", phone: "0917 555 0199" })

      expect((await call("get", "/admin/kassa/customers/duplicates", cashier)).status).toBe(403)
      const found = await call("get", "/admin/kassa/customers/duplicates?limit=10", manager)
      expect(found.status).toBe(200)
      const byKind = (kind: string) => found.data.duplicates.find((g: { kind: string }) => g.kind === kind)
      expect(byKind("phone").customers.map((c: Customer) => c.id)).toEqual([kept.id, dup.id])
      expect(byKind("email").customers.map((c: Customer) => c.id)).toEqual([kept.id, sameMail.id])
      expect(found.data.count).toBe(2)
      const phoneOnly = await call("get", "/admin/kassa/customers/duplicates?kind=phone", manager)
      expect(phoneOnly.data).toMatchObject({ count: 1, offset: 0, limit: 20 })

      const world = await duplicateWithEverything(dup.id, kept.id)
      expect((await call("post", `/admin/kassa/customers/${dup.id}/profile`, manager, { gender: "female", note: "Prefers text messages" })).status).toBe(200)

      // Refusals, each before anything is written.
      expect((await call("post", `/admin/kassa/customers/${kept.id}/merge`, cashier, { from_customer_id: dup.id, reason: "Same person" })).status).toBe(403)
      const self = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: kept.id, reason: "Same person" })
      expect(self.status).toBe(400)
      expect(self.data.message).toMatch(/cannot be merged with itself/)
      expect((await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: "cus_nobody", reason: "Same person" })).status).toBe(404)
      expect((await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: dup.id, reason: "" })).status).toBe(400)
      const webShopper = await legacyCustomer({ first_name: "Web", email: "web.shopper@example.com", has_account: true } as Partial<Customer>)
      const withAccount = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: webShopper.id, reason: "Same person" })
      expect(withAccount.status).toBe(400)
      expect(withAccount.data.message).toMatch(/signs in to the web store: keep that customer/)

      const merged = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: dup.id, reason: "Same phone, same person (walk-in twice)" })
      expect(merged.status).toBe(200)
      const record = merged.data.customer_merge
      expect(record).toMatchObject({ id: expect.stringMatching(/^cmrg_/), from_customer_id: dup.id, into_customer_id: kept.id })
      expect(record.customers.before.from).toMatchObject({ id: dup.id, first_name: "Maria Luz" })
      expect(record.moved).toMatchObject({ orders: 2, addresses: 1, groups: 1 })

      expect(await world.ownersNow()).toEqual({ orders: [kept.id, kept.id], plan: kept.id, claim: kept.id, address: kept.id, inGroup: true })
      // The kept customer had no profile: the duplicate's comes along.
      expect((await call("get", `/admin/kassa/customers/${kept.id}/profile`, manager)).data.profile).toMatchObject({ gender: "female", note: "Prefers text messages" })
      // Store credit: ₱1,500 + ₱250.50 in one account, the dollars in their own; nothing left with the duplicate.
      expect(await world.balances(kept.id)).toEqual({ php: 175050, usd: 1000 })
      expect(await world.balances(dup.id)).toEqual({ php: 0, usd: 0 })
      // The duplicate is archived, no longer found at the counter, and cannot be merged again.
      expect(await container.resolve(Modules.CUSTOMER).listCustomers({ id: dup.id })).toEqual([])
      expect((await lookUp("0917 555 0101")).map((c) => c.id)).toEqual([kept.id])
      const again = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: dup.id, reason: "Same person" })
      expect(again.status).toBe(400)
      expect(again.data.message).toMatch(/already merged into/)
      const intoMerged = await call("post", `/admin/kassa/customers/${sameMail.id}/merge`, manager, { from_customer_id: dup.id, reason: "Same person" })
      expect(intoMerged.status).toBe(400)

      // The audit log has the pointer record and the archived customer's change, with who did it.
      const entries = async (filters: Record<string, string>) =>
        (await call("get", `/admin/kassa/audit/entries?${new URLSearchParams({ limit: "50", ...filters })}`, owner)).data.entries as { action: string; actor_id: string | null; changes: Record<string, unknown> }[]
      const deadline = Date.now() + 20000
      let pointer = await entries({ entity_type: "customer_merge", entity_id: record.id })
      while (!pointer.length && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200))
        pointer = await entries({ entity_type: "customer_merge", entity_id: record.id })
      }
      expect(pointer.length).toBe(1)
      expect(pointer[0].changes.from_customer_id).toMatchObject({ after: dup.id })
      expect(pointer[0].actor_id).toBe(record.merged_by)
      const archived = (await entries({ entity_type: "customer", entity_id: dup.id })).filter((e) => e.action === "delete")
      expect(archived.map((e) => e.actor_id)).toEqual([record.merged_by])
    })

    it("leaves both customers and every moved row as they were when a merge hook fails half-way", async () => {
      const container = getContainer()
      const kept = (await quickAdd({ first_name: "Jose", phone: "0917 555 0202" })).data.customer as Customer
      const dup = await legacyCustomer({ first_name: "Jose", phone: "+63 917 555 0202" })
      const world = await duplicateWithEverything(dup.id, kept.id)
      const before = { dup: await world.ownersNow(), keptCredit: await world.balances(kept.id), dupCredit: await world.balances(dup.id) }

      // Registered after every plugin's hook: it runs last, once plans, claims and credit have moved.
      let reached = false
      defineCustomerMergeHook({
        id: "test-fails-half-way",
        merge: async () => {
          reached = true
          throw new Error("Loyalty points could not be moved")
        },
        undo: async () => {},
      })
      try {
        const res = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: dup.id, reason: "Same person" })
        expect(res.status).toBeGreaterThanOrEqual(400)
      } finally {
        removeCustomerMergeHook("test-fails-half-way")
      }
      expect(reached).toBe(true)
      expect(await world.ownersNow()).toEqual(before.dup)
      expect(await world.balances(kept.id)).toEqual(before.keptCredit)
      expect(await world.balances(dup.id)).toEqual(before.dupCredit)
      const [still] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: dup.id }, { select: ["id", "phone", "first_name"] })
      expect(still).toMatchObject({ id: dup.id, first_name: "Jose" })
      const { data: records } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "customer_merge", fields: ["id"], filters: { from_customer_id: dup.id } })
      expect(records).toEqual([])

      // A failure after every hook has run (the pointer record cannot be written: a hook took its
      // place) undoes the hooks through the step's compensation, then core's moves.
      const merges = container.resolve<CustomerMergeModuleService>(CUSTOMER_MERGE_MODULE)
      defineCustomerMergeHook<string>({
        id: "test-blocks-the-record",
        merge: async (from, into) =>
          (await merges.createCustomerMerges({ from_customer_id: from, into_customer_id: into, merged_by: "user_test", reason: "in the way", merged_at: new Date(), customers: {}, moved: {} })).id,
        undo: async (id) => merges.deleteCustomerMerges([id]),
      })
      try {
        const res = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: dup.id, reason: "Same person" })
        expect(res.status).toBeGreaterThanOrEqual(400)
      } finally {
        removeCustomerMergeHook("test-blocks-the-record")
      }
      expect(await world.ownersNow()).toEqual(before.dup)
      expect(await world.balances(kept.id)).toEqual(before.keptCredit)
      expect(await world.balances(dup.id)).toEqual(before.dupCredit)
      expect(await merges.listCustomerMerges({ from_customer_id: dup.id })).toEqual([])
      expect(await container.resolve(Modules.CUSTOMER).listCustomers({ id: dup.id }, { select: ["id"] })).toHaveLength(1)

      // With the failing hooks gone, the same merge goes through.
      const ok = await call("post", `/admin/kassa/customers/${kept.id}/merge`, manager, { from_customer_id: dup.id, reason: "Same person" })
      expect(ok.status).toBe(200)
      expect(await world.balances(kept.id)).toEqual({ php: 175050, usd: 1000 })
    })

    /**
     * The duplicate with something of every kind: two orders (one with a sold serial), an
     * installment plan, a warranty claim, an address, a customer group, and store credit in
     * pesos and dollars; the kept customer has pesos of their own.
     */
    async function duplicateWithEverything(dupId: string, keptId: string) {
      const container = getContainer()
      const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
      const customers = container.resolve(Modules.CUSTOMER)
      const made = await orders.createOrders([
        { currency_code: "php", customer_id: dupId, email: "dup@example.com", items: [{ title: "Phone", quantity: 1, unit_price: 20000 }] },
        { currency_code: "php", customer_id: dupId, email: "dup@example.com", items: [{ title: "Case", quantity: 1, unit_price: 500 }] },
      ])
      const [line] = (await orders.retrieveOrder(made[0].id, { relations: ["items"] })).items!
      const warranty = container.resolve("kassaWarranty") as {
        createSoldSerials: (d: unknown) => Promise<{ id: string }>
        createWarrantyClaims: (d: unknown) => Promise<{ id: string }>
        listWarrantyClaims: (f: unknown, c: unknown) => Promise<{ customer_id: string }[]>
      }
      await warranty.createSoldSerials({ serial_number: `SN-${dupId}`, order_id: made[0].id, line_item_id: line.id })
      const claim = await warranty.createWarrantyClaims({
        type: "repair", serial_number: `SN-${dupId}`, stock_location_id: "sloc_test", order_id: made[0].id, line_item_id: line.id,
        product_title: "Phone", customer_id: dupId, sold_at: new Date(), window_days: 365, window_ends_on: "2027-12-31", issue: "Screen flickers", filed_by: "user_test",
      })
      const installments = container.resolve("kassaInstallments") as {
        createInstallmentPlans: (d: unknown) => Promise<{ id: string }>
        listInstallmentPlans: (f: unknown, c: unknown) => Promise<{ customer_id: string }[]>
      }
      const plan = await installments.createInstallmentPlans({
        order_id: made[0].id, customer_id: dupId, stock_location_id: "sloc_test", status: "active", term_months: 6, interest_method: "add_on",
        interest_rate: 10, sale_total: 20000, down_payment: 2000, amount_financed: 18000, interest_total: 1800, processing_fee: 0,
        late_fee_type: "fixed", late_fee: 100, late_fee_grace_days: 3, late_fee_period_days: 30, start_date: "2026-12-01", sold_by: "user_test",
      })
      const address = await customers.createCustomerAddresses({ customer_id: dupId, address_1: "12 Mabini St", city: "Manila", country_code: "ph", is_default_shipping: true })
      const group = await customers.createCustomerGroups({ name: `Wholesale ${dupId}` })
      await customers.addCustomerToGroup({ customer_id: dupId, customer_group_id: group.id })
      const credit = container.resolve("kassaStoreCredit") as {
        credit: (d: unknown) => Promise<unknown>
        available: (customerId: string, currency: string) => Promise<number>
      }
      await credit.credit({ customer_id: dupId, currency_code: "php", amount: 150000, reason: "Goodwill", expires_at: new Date(Date.now() + 86400000 * 90) })
      await credit.credit({ customer_id: dupId, currency_code: "usd", amount: 1000, reason: "Refund" })
      await credit.credit({ customer_id: keptId, currency_code: "php", amount: 25050, reason: "Refund" })

      return {
        ownersNow: async () => ({
          orders: (await orders.listOrders({ id: made.map((o) => o.id) }, { select: ["customer_id"], order: { id: "ASC" } })).map((o) => o.customer_id),
          plan: (await installments.listInstallmentPlans({ id: plan.id }, { select: ["customer_id"] }))[0].customer_id,
          claim: (await warranty.listWarrantyClaims({ id: claim.id }, { select: ["customer_id"] }))[0].customer_id,
          address: (await customers.listCustomerAddresses({ id: address.id }, { select: ["customer_id"] }))[0].customer_id,
          inGroup: (await customers.retrieveCustomer(keptId, { relations: ["groups"] })).groups!.some((g) => g.id === group.id),
        }),
        balances: async (customerId: string) => ({ php: await credit.available(customerId, "php"), usd: await credit.available(customerId, "usd") }),
      }
    }
  },
})

import { STAFF_MODULE, type StaffModuleService } from "@kassa/core/kit"
import { INSTALLMENT_PLAN_OVERDUE, installmentsDailyWorkflow, type InstallmentPlanOverdueData } from "@kassa/installments/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/test-runner"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import { adminHeaders, Headers, staffHeaders, TEST_PASSWORD } from "../helpers/admin"
import { mailText, startTestSmtp } from "../helpers/smtp"
import { testPrinter } from "../helpers/test-printer"
import { seedDemoDataOnce } from "../helpers/demo-data"

/** How the plugin's messages write an amount: ₱45,592.00. */
const peso = (amount: string) => new Intl.NumberFormat("en-PH", { style: "currency", currency: "PHP" }).format(amount as unknown as number)

jest.setTimeout(300000)

// A real SMTP server for the reminder e-mails; the app is configured to send through it.
const mails = startTestSmtp("Galos Gadget Hub <billing@example.com>")

type Installment = { sequence: number; due_date: string; status: string; principal: string; interest: string; fees: string; total: string; paid: string; owed: string; days_past_due: number }
type Plan = {
  id: string
  order_id: string
  status: string
  amount_financed: string
  interest_total: string
  processing_fee: string
  down_payment: string
  balance: string
  days_past_due: number
  escalated_by: string | null
  decision_note: string | null
  auto_approved: boolean
  installments: Installment[]
  payments: { receipt_number: string; amount: string; allocations: { sequence: number; fee: string; interest: string; principal: string }[] }[]
  payoff: { amount: string; interest_waived: string } | null
  next_due: { date: string; amount: string } | null
}

const CREDIT = { id_type: "UMID", id_number: "0028-1234567-8", address_line: "12 Mabini Street, Barangay San Isidro", city: "Makati", phone: "+639171234567" }
const centavos = (s: string) => Math.round(Number(s) * 100)
const sumOf = (xs: string[]) => xs.reduce((a, x) => a + centavos(x), 0)

/** Noon in Manila on a calendar date, `days` days off. */
const manilaNoon = (date: string, days = 0) => new Date(Date.parse(`${date}T04:00:00Z`) + days * 86_400_000).toISOString()

async function waitFor<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = await probe()
    if (found) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let mnl: string
    let ceb: string
    let r1: string
    let cashier: Headers
    let officer: Headers
    let owner: Headers
    let officerStaffId: string

    const call = (method: "get" | "post", url: string, who: Headers, body?: unknown) =>
      (method === "post" ? api.post(url, body, who) : api.get(url, who)).catch((e: { response: unknown }) => e.response)

    const staffIdOf = async (container: MedusaContainer, email: string) => {
      const [user] = await container.resolve(Modules.USER).listUsers({ email })
      const [staff] = await container.resolve<StaffModuleService>(STAFF_MODULE).listStaffMembers({ user_id: user.id })
      return staff.id
    }
    const setLimit = async (staffId: string, approval_limit: number) =>
      expect((await call("post", `/admin/kassa/installments/officers/${staffId}`, owner, { approval_limit })).status).toBe(200)

    seedDemoDataOnce(getContainer)
    beforeEach(async () => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
      const branches = data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]
      const mnlBranch = branches.find((b) => b.code === "MNL")!
      mnl = mnlBranch.stock_location_id
      ceb = branches.find((b) => b.code === "CEB")!.stock_location_id
      r1 = mnlBranch.registers.find((r) => r.code === "R1")!.id
      cashier = await staffHeaders(api, container, "cashier.mnl@example.com", { roles: ["Cashier"], branch_ids: [mnl] })
      owner = await adminHeaders(api, container, "owner@example.com")
      officer = await staffHeaders(api, container, "credit@example.com", { roles: ["Credit Officer"], branch_ids: [], all_branches: true })
      officerStaffId = await staffIdOf(container, "credit@example.com")
      await setLimit(officerStaffId, 1_000_000)
      // No sale without an open cash drawer at the register.
      expect((await call("post", "/admin/kassa/pos/drawer-sessions", cashier, { register_id: r1, opening_float: 2000 })).status).toBe(201)
      mails.length = 0
    })

    /** The `skip`-th demo accessory with ten units at Manila. */
    const accessory = async (skip: number) => {
      const container = getContainer()
      const sku = buildCatalog().filter((p) => p.category === "Accessories")[skip].variants[0].sku
      const [item] = await container.resolve(Modules.INVENTORY).listInventoryItems({ sku })
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: item.id, location_id: mnl, stocked_quantity: 10 }])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["barcode"], filters: { sku } })
      return { barcode: (data[0] as { barcode: string }).barcode, inventoryItemId: item.id }
    }
    const stockAtMnl = async (inventoryItemId: string) =>
      Number((await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: mnl }))[0].stocked_quantity)

    let customerSeq = 0
    /** An installment sale at Manila: 30 % down in cash, 70 % financed over `term` months. */
    const sellOnInstallments = async (opts: { skip?: number; quantity?: number; term?: number; seller?: Headers; credit?: object | null; financedShare?: number } = {}) => {
      const seller = opts.seller ?? cashier
      const v = await accessory(opts.skip ?? 0)
      customerSeq++
      const customer = await call("post", "/admin/kassa/pos/customers", seller, {
        first_name: "Maria",
        last_name: `Credito ${customerSeq}`,
        phone: `0917 600 ${String(1000 + customerSeq)}`,
        email: `maria.credito${customerSeq}@example.com`,
      })
      expect(customer.status).toBe(201)
      const ticket = (await call("post", "/admin/kassa/pos/tickets", seller, { location_id: mnl, register_id: r1 })).data.ticket
      await call("post", `/admin/kassa/pos/tickets/${ticket.id}/lines`, seller, { code: v.barcode, quantity: opts.quantity ?? 1 })
      const view = (await call("post", `/admin/kassa/pos/tickets/${ticket.id}`, seller, { customer_id: customer.data.customer.id })).data.ticket
      const total = centavos(view.totals.total)
      const financed = Math.round(total * (opts.financedShare ?? 0.7))
      const credit = opts.credit === undefined ? CREDIT : opts.credit
      const res = await call(
        "post",
        `/admin/kassa/pos/tickets/${ticket.id}/checkout`,
        { headers: { ...seller.headers, "idempotency-key": `inst-${ticket.id}` } },
        { tenders: [{ method: "installment", amount: financed / 100, data: { term_months: opts.term ?? 6, ...(credit ? { credit } : {}) } }, { method: "cash", tendered: total / 100 }] }
      )
      return { res, total, financed, customer: customer.data.customer as { id: string; email: string }, v }
    }
    const planOfOrder = async (orderId: string, who: Headers = officer): Promise<Plan> => {
      const list = await call("get", `/admin/kassa/installments/plans?order_id=${orderId}`, who)
      expect(list.data.plans).toHaveLength(1)
      return (await call("get", `/admin/kassa/installments/plans/${list.data.plans[0].id}`, who)).data.plan
    }
    const orderOf = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,status,fulfillment_status,payment_status,payment_collections.payments.refunds.amount`, owner)).data.order

    it("sells on installments: held until approved, collected partly and over at two branches, overdue with a late fee, reminded once, paid off", async () => {
      const container = getContainer()
      const { res, total, financed, customer } = await sellOnInstallments({ term: 6 })
      expect(res.status).toBe(200)
      const orderId = res.data.sale.order_id
      let plan = await planOfOrder(orderId)
      expect(plan.status).toBe("pending_approval")
      expect(centavos(plan.amount_financed)).toBe(financed)
      expect(centavos(plan.down_payment)).toBe(total - financed)
      // The schedule adds up to the amount financed plus interest plus the processing fee, monthly.
      expect(plan.installments).toHaveLength(6)
      expect(sumOf(plan.installments.map((i) => i.principal))).toBe(financed)
      expect(sumOf(plan.installments.map((i) => i.total))).toBe(financed + centavos(plan.interest_total) + centavos(plan.processing_fee))
      expect((await orderOf(orderId)).fulfillment_status).toBe("not_fulfilled")

      // The officer's queue has it; approving needs a note, then the goods are handed over.
      const queue = await call("get", "/admin/kassa/installments/plans?approvable=true", officer)
      expect(queue.data.plans.map((p: Plan) => p.id)).toEqual([plan.id])
      expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, officer, {})).status).toBe(400)
      const approved = await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, officer, { note: "Stable income, good references" })
      expect(approved.status).toBe(200)
      expect(approved.data.plan).toEqual(expect.objectContaining({ status: "active", decision_note: "Stable income, good references" }))
      expect((await orderOf(orderId)).fulfillment_status).toBe("delivered")
      expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, officer, { note: "Again" })).status).toBe(400)
      // The customer gets the terms and the whole schedule by e-mail, once.
      const approvalMail = await waitFor(() => mails.find((m) => m.to.includes(customer.email) && m.raw.includes("Subject: Installment plan approved")), "the approval e-mail")
      const approvalText = mailText(approvalMail)
      expect(approvalText).toContain(`Amount financed: ${peso(plan.amount_financed)}`)
      expect(approvalText).toContain(`First due date: ${plan.installments[0].due_date}`)
      expect(approvalText).toContain("Term: 6 monthly installments")
      for (const i of plan.installments) expect(approvalText).toContain(`${i.sequence}. ${i.due_date}  ${peso(i.total)}`)
      // Audited: the change to active names the officer and carries the note.
      const [officerUser] = await container.resolve(Modules.USER).listUsers({ email: "credit@example.com" })
      const audit = await call("get", `/admin/kassa/audit/entries?entity_type=installment_plan&entity_id=${plan.id}&action=update`, owner)
      const decision = audit.data.entries.find((e: { changes: { status?: { after: string } } }) => e.changes.status?.after === "active")
      expect(decision).toEqual(expect.objectContaining({ actor_id: officerUser.id }))
      expect(decision.changes.decision_note).toEqual({ before: null, after: "Stable income, good references" })

      // A partial payment goes to the first installment's processing fee first.
      const partial = await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: mnl, method: "cash", amount: 300 })
      expect(partial.status).toBe(201)
      expect(partial.data.payment.receipt_number).toBe("MNL-IP-000001")
      expect(partial.data.plan.payments[0].allocations).toEqual([{ sequence: 1, fee: "300.00", interest: "0.00", principal: "0.00" }])
      // Over-paying at Cebu settles the first installment and starts on the second (its interest first).
      plan = partial.data.plan
      const over = centavos(plan.installments[0].owed) + 10_000
      const paid = await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: ceb, method: "bank_transfer", amount: over / 100, reference: "BDO-77812" })
      expect(paid.status).toBe(201)
      expect(paid.data.payment.receipt_number).toBe("CEB-IP-000001")
      plan = paid.data.plan
      expect(plan.installments[0].status).toBe("paid")
      expect(plan.installments[1]).toEqual(expect.objectContaining({ status: "pending", paid: "100.00" }))
      const interest2 = centavos(plan.installments[1].interest)
      expect(plan.payments[1].allocations[1]).toEqual({ sequence: 2, fee: "0.00", interest: (Math.min(10_000, interest2) / 100).toFixed(2), principal: (Math.max(0, 10_000 - interest2) / 100).toFixed(2) })
      const tooMuch = await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: mnl, method: "cash", amount: 10_000_000 })
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toContain(`is more than the balance ${peso(plan.balance)}`)
      expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: mnl, method: "barter", amount: 1 })).data.message).toContain('does not take "barter"')

      // Three days before the second due date: one reminder, even with the job run twice.
      const due2 = plan.installments[1].due_date
      for (let run = 0; run < 2; run++) await installmentsDailyWorkflow(container).run({ input: { at: manilaNoon(due2, -3) } })
      const reminders = () => mails.filter((m) => m.to.includes(customer.email) && !m.raw.includes("Subject: Installment plan approved"))
      await waitFor(() => reminders()[0], "the reminder e-mail")
      await new Promise((r) => setTimeout(r, 500))
      expect(reminders()).toHaveLength(1)
      expect(reminders()[0].raw).toContain(`Subject: Installment 2 of 6 due ${due2}`)
      expect(mails.filter((m) => m.raw.includes("Subject: Installment plan approved"))).toHaveLength(1)

      // Ten days past due: overdue, one late fee (grace 3 days), one overdue e-mail, one overdue
      // event (what webhooks carry) — twice run, once done.
      const fell: InstallmentPlanOverdueData[] = []
      const heard = async (event: { data: unknown }) => void fell.push(event.data as InstallmentPlanOverdueData)
      container.resolve(Modules.EVENT_BUS).subscribe(INSTALLMENT_PLAN_OVERDUE, heard, { subscriberId: "installments-spec-overdue" })
      for (let run = 0; run < 2; run++) {
        const { result } = await installmentsDailyWorkflow(container).run({ input: { at: manilaNoon(due2, 10) } })
        expect(result.late_fee_centavos).toBe(run === 0 ? 25_000 : 0)
      }
      await waitFor(() => fell[0], "the overdue event")
      await waitFor(() => mails.find((m) => m.raw.includes("Subject: Overdue: installment 2 of 6")), "the overdue e-mail")
      await new Promise((r) => setTimeout(r, 500))
      expect(mails.filter((m) => m.raw.includes("Subject: Overdue:"))).toHaveLength(1)
      plan = (await call("get", `/admin/kassa/installments/plans/${plan.id}`, officer)).data.plan
      expect(plan.installments[1]).toEqual(expect.objectContaining({ status: "overdue", days_past_due: 10, fees: "250.00" }))
      expect(fell).toEqual([{ id: plan.id, sequences: [2], date: expect.any(String) }])
      expect(plan.days_past_due).toBe(10)
      const overdue = await call("get", "/admin/kassa/installments/plans?overdue=true", officer)
      expect(overdue.data.plans.map((p: Plan) => p.id)).toEqual([plan.id])
      const dash = await call("get", `/admin/kassa/installments/dashboard?location_id=${mnl}`, officer)
      expect(dash.data.figures).toEqual(expect.objectContaining({ outstanding: plan.balance, overdue_plans: 1, active_plans: 1 }))
      expect(centavos(dash.data.figures.collected_today)).toBe(30_000) // Manila's own collection; Cebu's is Cebu's.

      // The early payoff: what is owed less the interest not yet due; the plan completes.
      const quote = plan.payoff!
      expect(centavos(quote.amount)).toBe(centavos(plan.balance) - centavos(quote.interest_waived))
      const wrong = await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: mnl, method: "cash", amount: 1, payoff: true })
      expect(wrong.data.message).toBe(`The payoff amount today is ${peso(quote.amount)}, not ₱1.00`)
      const payoff = await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: mnl, method: "cash", amount: Number(quote.amount), payoff: true })
      expect(payoff.status).toBe(201)
      expect(payoff.data.payment.receipt_number).toBe("MNL-IP-000002")
      expect(payoff.data.plan).toEqual(expect.objectContaining({ status: "completed", balance: "0.00", payoff: null }))
      expect(payoff.data.plan.installments.every((i: Installment) => i.status === "paid" && i.owed === "0.00")).toBe(true)
    })

    it("rejects: the order is canceled, the down payment refunded and the stock back; decided plans stay decided", async () => {
      const { res, total, financed, v, customer } = await sellOnInstallments({ skip: 1, quantity: 2 })
      expect(res.status).toBe(200)
      expect(await stockAtMnl(v.inventoryItemId)).toBe(8)
      const plan = await planOfOrder(res.data.sale.order_id)
      expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/reject`, officer, { note: "" })).data.message).toContain("note")
      const rejected = await call("post", `/admin/kassa/installments/plans/${plan.id}/reject`, officer, { note: "Income could not be verified" })
      expect(rejected.status).toBe(200)
      expect(rejected.data.plan).toEqual(expect.objectContaining({ status: "rejected", decision_note: "Income could not be verified", balance: "0.00" }))
      expect(await stockAtMnl(v.inventoryItemId)).toBe(10)
      const order = await orderOf(res.data.sale.order_id)
      expect(order.status).toBe("canceled")
      const refunds = order.payment_collections.flatMap((c: { payments: { refunds: { amount: number }[] }[] }) => c.payments.flatMap((p) => p.refunds.map((r) => Math.round(Number(r.amount) * 100))))
      expect(refunds).toContain(total - financed)
      expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, officer, { note: "Changed my mind" })).data.message).toContain("is rejected")
      // The customer is told why, once, and that the down payment comes back.
      const rejection = await waitFor(() => mails.find((m) => m.to.includes(customer.email)), "the rejection e-mail")
      expect(rejection.raw).toContain("Subject: Installment application not approved")
      expect(mailText(rejection)).toContain("Reason: Income could not be verified.")
      expect(mailText(rejection)).toContain(`Your down payment of ${peso(((total - financed) / 100).toFixed(2))} is refunded`)

      // A sale voided at the counter takes its pending plan with it.
      const voided = await sellOnInstallments({ skip: 8 })
      const voidedPlan = await planOfOrder(voided.res.data.sale.order_id)
      const voiding = await call("post", `/admin/kassa/pos/sales/${voided.res.data.sale.order_id}/void`, owner, { reason: "Customer changed their mind" })
      expect(voiding.status).toBe(200)
      expect((await call("get", `/admin/kassa/installments/plans/${voidedPlan.id}`, officer)).data.plan).toEqual(
        expect.objectContaining({ status: "canceled", decision_note: "Sale voided: Customer changed their mind" })
      )
    })

    it("decides once when two officers approve the same application at once", async () => {
      const container = getContainer()
      const { res } = await sellOnInstallments({ skip: 6 })
      const plan = await planOfOrder(res.data.sale.order_id)
      const second = await staffHeaders(api, container, "credit.second@example.com", { roles: ["Credit Officer"], branch_ids: [], all_branches: true })
      await setLimit(await staffIdOf(container, "credit.second@example.com"), 1_000_000)

      const answers = await Promise.all(
        [officer, second].map((who, i) => call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, who, { note: `Approval ${i + 1}` }))
      )
      // Invariant: exactly one decision is recorded and the goods are handed over once.
      expect(answers.map((a) => a.status).sort()).toEqual([200, 400])
      expect(answers.find((a) => a.status === 400)!.data.message).toContain("is active")
      const decided = answers.find((a) => a.status === 200)!.data.plan
      expect((await call("get", `/admin/kassa/installments/plans/${plan.id}`, officer)).data.plan).toEqual(
        expect.objectContaining({ status: "active", decision_note: decided.decision_note })
      )
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.canceled_at"],
        filters: { id: res.data.sale.order_id },
      })
      expect((data[0] as { fulfillments: { canceled_at: string | null }[] }).fulfillments.filter((f) => !f.canceled_at)).toHaveLength(1)
    })

    it("holds officers to their limit (escalating above it), never to their own sale, and refuses where the plugin is off", async () => {
      const container = getContainer()
      await setLimit(officerStaffId, 100)
      const { res } = await sellOnInstallments({ skip: 2 })
      const plan = await planOfOrder(res.data.sale.order_id)
      const over = await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, officer, { note: "Looks fine" })
      expect(over.status).toBe(403)
      expect(over.data.message).toBe(`${peso(plan.amount_financed)} financed is above your approval limit of ₱100.00: the application is escalated to an officer with a higher limit or a manager`)
      const escalated = (await call("get", `/admin/kassa/installments/plans/${plan.id}`, officer)).data.plan
      expect(escalated.escalated_by).toBeTruthy()
      expect((await call("get", "/admin/kassa/installments/plans?approvable=true", officer)).data.plans).toEqual([])

      // A second officer with a higher limit sees it in their queue; a manager may approve above any limit.
      const senior = await staffHeaders(api, container, "credit.senior@example.com", { roles: ["Credit Officer"], branch_ids: [], all_branches: true })
      await setLimit(await staffIdOf(container, "credit.senior@example.com"), 500_000)
      expect((await call("get", "/admin/kassa/installments/plans?approvable=true", senior)).data.plans.map((p: Plan) => p.id)).toEqual([plan.id])
      const manager = await staffHeaders(api, container, "manager.mnl@example.com", { roles: ["Manager"], branch_ids: [mnl] })
      expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, manager, { note: "Escalated: approved by the branch manager" })).status).toBe(200)

      // An officer who also sells cannot decide on their own sale.
      const selling = await staffHeaders(api, container, "credit.counter@example.com", { roles: ["Credit Officer", "Cashier"], branch_ids: [mnl] })
      await setLimit(await staffIdOf(container, "credit.counter@example.com"), 500_000)
      const own = await sellOnInstallments({ skip: 3, seller: selling })
      expect(own.res.status).toBe(200)
      const ownPlan = await planOfOrder(own.res.data.sale.order_id)
      const refused = await call("post", `/admin/kassa/installments/plans/${ownPlan.id}/approve`, selling, { note: "Mine" })
      expect(refused.status).toBe(403)
      expect(refused.data.message).toBe("This is your own sale: another credit officer must decide on it")
      expect((await call("post", `/admin/kassa/installments/plans/${ownPlan.id}/reject`, selling, { note: "Mine" })).status).toBe(403)

      // Sales without a customer or credit details, or below the minimum down payment, are refused.
      const noCredit = await sellOnInstallments({ skip: 4, credit: null })
      expect(noCredit.res.status).toBe(400)
      expect(noCredit.res.data.message).toContain("no credit details on file")
      const badCredit = await sellOnInstallments({ skip: 4, credit: { ...CREDIT, id_number: "" } })
      expect(badCredit.res.data.message).toContain("Credit details: id_number")
      const lowDown = await sellOnInstallments({ skip: 4, financedShare: 0.95 })
      expect(lowDown.res.status).toBe(400)
      expect(lowDown.res.data.message).toContain("The down payment must be at least 20% of the price")

      // Switched off at Manila: its routes refuse and the counter no longer takes the tender.
      expect((await call("post", `/admin/kassa/branches/${mnl}/plugins`, owner, { plugin: "installments", enabled: false })).status).toBe(200)
      const calc = await call("get", `/admin/kassa/installments/calculator?location_id=${mnl}&price=10000`, owner)
      expect(calc.status).toBe(403)
      expect(calc.data.message).toBe("Installments is switched off at branch MNL")
      expect((await call("post", `/admin/kassa/installments/plans/${ownPlan.id}/approve`, owner, { note: "Off here" })).status).toBe(403)
      const off = await sellOnInstallments({ skip: 5 })
      expect(off.res.status).toBe(400)
      expect(off.res.data.message).toContain("installment")
    })

    it("configures terms, quotes with the calculator, approves small plans at the counter, exports CSV and shows customers their plans", async () => {
      const container = getContainer()
      const agent = await staffHeaders(api, container, "agent1.mnl@example.com", { roles: ["Sales Agent"], branch_ids: [mnl] })
      const calc = await call("get", `/admin/kassa/installments/calculator?location_id=${mnl}&price=12990`, agent)
      expect(calc.status).toBe(200)
      expect(calc.data.minimum_down_payment).toBe("2598.00")
      expect(calc.data.quotes.map((q: { term_months: number }) => q.term_months)).toEqual([3, 6, 9, 12, 18, 24])
      const q12 = calc.data.quotes[3]
      // 10,392.00 financed at 12 % add-on for 12 months: 1,247.04 interest, 500.00 fee.
      expect(q12).toEqual(expect.objectContaining({ amount_financed: "10392.00", interest_total: "1247.04", processing_fee: "500.00", monthly_due: "969.92", total_cost: "14737.04" }))
      expect(sumOf(q12.schedule.map((i: { total: string }) => i.total))).toBe(1_039_200 + 124_704 + 50_000)
      expect((await call("get", `/admin/kassa/installments/calculator?location_id=${mnl}&price=12990&term_months=7`, agent)).data.message).toBe(
        "7 months is not offered here: choose 3, 6, 9, 12, 18, 24 months"
      )

      expect((await call("post", `/admin/kassa/installments/terms/${mnl}`, agent, { auto_approve_max: 100_000 })).status).toBe(403)
      const bad = await call("post", `/admin/kassa/installments/terms/${mnl}`, owner, { term_months: [6, 36], add_on_rates: { "6": 6 } })
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("add_on_rates needs a rate for 36 months")
      const terms = await call("post", `/admin/kassa/installments/terms/${mnl}`, owner, { auto_approve_max: 100_000, reminder_days_before: 7 })
      expect(terms.data.terms).toEqual(expect.objectContaining({ auto_approve_max: 100000, reminder_days_before: 7 }))

      // Within the automatic-approval amount the plan is active at once and the goods go home.
      const { res, customer } = await sellOnInstallments({ skip: 6 })
      expect(res.status).toBe(200)
      const plan = await planOfOrder(res.data.sale.order_id)
      expect(plan).toEqual(expect.objectContaining({ status: "active", auto_approved: true }))
      await waitFor(async () => (await orderOf(res.data.sale.order_id)).fulfillment_status === "delivered" || undefined, "the release")
      // Approved at the counter is approved: the customer gets the schedule as after an officer's approval.
      const mail = await waitFor(() => mails.find((m) => m.to.includes(customer.email)), "the approval e-mail")
      expect(mailText(mail)).toContain(`First due date: ${plan.installments[0].due_date}`)

      const csv = await api.get(`/admin/kassa/installments/plans/export?location_id=${mnl}&status=active`, officer)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.data.split("\n")[0]).toContain("id,order_id,status")
      expect(csv.data).toContain(plan.id)

      // The customer's own view through the store API, signed in with an e-mail login.
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email: customer.email, password: "customer-pass" } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { customer_id: customer.id } })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: customer.email, password: "customer-pass" })
      const [key] = await container.resolve(Modules.API_KEY).listApiKeys({ type: "publishable" })
      const shopper = { headers: { authorization: `Bearer ${login.token}`, "x-publishable-api-key": key.token } }
      const mine = await call("get", "/store/kassa/installments/plans", shopper)
      expect(mine.status).toBe(200)
      expect(mine.data.plans.map((p: Plan) => p.id)).toEqual([plan.id])
      expect(mine.data.plans[0].sold_by).toBeUndefined()
      const detail = await call("get", `/store/kassa/installments/plans/${plan.id}`, shopper)
      expect(detail.data.plan.installments).toHaveLength(6)
      const other = await sellOnInstallments({ skip: 7 })
      const otherPlan = await planOfOrder(other.res.data.sale.order_id)
      expect((await call("get", `/store/kassa/installments/plans/${otherPlan.id}`, shopper)).status).toBe(404)
      expect((await call("get", "/store/kassa/installments/plans", { headers: { "x-publishable-api-key": key.token } })).status).toBe(401)
    })

    it("prints a payment's slip on the printer the collecting branch routes installment_slip to, with its allocation and what is left", async () => {
      const slips = await testPrinter()
      try {
        const printer = await call("post", "/admin/kassa/printing/printers", owner, { location_id: ceb, name: "Cebu cashier", host: "127.0.0.1", port: slips.port, paper_width: 80, role: "receipt" })
        expect(printer.status).toBe(201)
        expect((await call("post", "/admin/kassa/printing/routing", owner, { location_id: ceb, task: "installment_slip", printer_id: printer.data.printer.id })).status).toBe(200)
        const { res } = await sellOnInstallments({ term: 6 })
        const plan = await planOfOrder(res.data.sale.order_id)
        expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/approve`, officer, { note: "Good references" })).status).toBe(200)

        // Manila routes no slip: it prints from the browser, if at all.
        expect((await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: mnl, method: "cash", amount: 300 })).status).toBe(201)
        expect(await slips.quiet(1500)).toBe(true)

        const paid = await call("post", `/admin/kassa/installments/plans/${plan.id}/payments`, officer, { location_id: ceb, method: "bank_transfer", amount: 1000, reference: "BDO-1" })
        expect(paid.status).toBe(201)
        const after: Plan = paid.data.plan
        const slip = (await slips.next()).toString("latin1")
        expect(slip).toContain("INSTALLMENT PAYMENT")
        expect(slip).toContain(paid.data.payment.receipt_number)
        expect(slip).toContain(plan.id)
        expect(slip).toMatch(/Customer +Maria Credito \d+/)
        expect(slip).toMatch(/Amount paid +PHP 1,000\.00/)
        expect(slip).toMatch(/Reference +BDO-1/)
        const grouped = (amount: string) => amount.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
        expect(slip).toMatch(new RegExp(`Balance left +PHP ${grouped(after.balance).replace(".", "\\.")}`))
        expect(slip).toContain(`Next due ${after.next_due!.date}`)
        expect(slip).not.toContain("MNL-IP-")
      } finally {
        await slips.close()
      }
    })
  },
})

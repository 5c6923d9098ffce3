import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { INSTALLMENTS_MODULE } from ".."
import { buildSchedule } from "../../../schedule/build-schedule"
import { pesos, toAmount } from "../../../schedule/money"
import * as models from "../models"
import InstallmentsModuleService from "../service"

jest.setTimeout(120000)

moduleIntegrationTestRunner<InstallmentsModuleService>({
  moduleName: INSTALLMENTS_MODULE,
  moduleModels: Object.values(models),
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    /** An active plan of 600.00 over 3 months at 3 % add-on, with a 50.00 fee, sold on 2027-01-31. */
    const activePlan = async (order_id: string) => {
      const schedule = buildSchedule({ financed: 60_000, term_months: 3, interest_method: "add_on", rate_bp: 300, processing_fee: 5_000, start: "2027-01-31" })
      const plan = await service.createInstallmentPlans({
        order_id,
        customer_id: "cus_1",
        stock_location_id: "sloc_mnl",
        status: "active",
        term_months: 3,
        interest_method: "add_on",
        interest_rate: 3,
        sale_total: 800,
        down_payment: 200,
        amount_financed: 600,
        interest_total: toAmount(schedule.interest_total),
        processing_fee: 50,
        late_fee_type: "fixed",
        late_fee: 25,
        late_fee_grace_days: 3,
        late_fee_period_days: 30,
        start_date: "2027-01-31",
        sold_by: "user_seller",
      })
      await service.createInstallments(
        schedule.installments.map((i) => ({ plan_id: plan.id, sequence: i.sequence, due_date: i.due_date, principal_due: toAmount(i.principal), interest_due: toAmount(i.interest), fee_due: toAmount(i.fee) }))
      )
      return plan
    }
    const pay = (plan_id: string, amount: number, extra: { payoff?: boolean; today?: string } = {}) =>
      service.recordPayment({ plan_id, stock_location_id: "sloc_mnl", branch_code: "MNL", method: "cash", amount, collected_by: "user_officer", payoff: !!extra.payoff, today: extra.today ?? "2027-02-01" })

    it("numbers payments gaplessly per branch under concurrency, and allocates every centavo once", async () => {
      const plan = await activePlan("order_1")
      // 668.00 owed in all (600 + 18 interest + 50 fee): eight payments of 50.00 at once.
      const results = await Promise.all(Array.from({ length: 8 }, () => pay(plan.id, 5_000)))
      expect(results.map((r) => r.receipt_number).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `MNL-IP-${String(i + 1).padStart(6, "0")}`))
      const allocations = await service.listPaymentAllocations({})
      const applied = allocations.reduce((a, x) => a + Math.round((Number(x.fee) + Number(x.interest) + Number(x.principal)) * 100), 0)
      expect(applied).toBe(40_000)
      // Oldest due first, fees first: the first installment is paid, the second partly.
      const rows = await service.listInstallments({ plan_id: plan.id }, { order: { sequence: "ASC" } })
      expect(rows.map((r) => r.status)).toEqual(["paid", "pending", "pending"])
      expect(rows.map((r) => r.due_date)).toEqual(["2027-02-28", "2027-03-31", "2027-04-30"])
    })

    it("refuses more than the balance, settles at the payoff quote and completes the plan", async () => {
      const plan = await activePlan("order_2")
      await expect(pay(plan.id, 66_801)).rejects.toThrow("The payment ₱668.01 is more than the balance ₱668.00 (payoff today: ₱650.00)")
      await expect(pay(plan.id, 1, { payoff: true })).rejects.toThrow("The payoff amount today is ₱650.00, not ₱0.01")
      await pay(plan.id, 65_000, { payoff: true })
      const [done] = await service.listInstallmentPlans({ id: plan.id })
      expect(done.status).toBe("completed")
      expect((await service.listInstallments({ plan_id: plan.id })).every((i) => i.status === "paid")).toBe(true)
      await expect(pay(plan.id, 100)).rejects.toThrow(`Plan ${plan.id} is completed`)
    })

    it("charges each late fee once however often the overdue pass runs, and claims each reminder once", async () => {
      const plan = await activePlan("order_3")
      const first = await Promise.all([service.applyOverdue(plan.id, "2027-03-10"), service.applyOverdue(plan.id, "2027-03-10")])
      expect(first.map((r) => r.late_fees).sort()).toEqual([0, 2_500])
      // A month on: the first installment's second period, the second installment's first.
      expect((await service.applyOverdue(plan.id, "2027-04-10")).late_fees).toBe(5_000)
      const [late] = await service.listInstallments({ plan_id: plan.id, sequence: 1 })
      expect([late.status, late.days_past_due, late.late_fee_periods, pesos(Math.round(Number(late.fee_due) * 100))]).toEqual(["overdue", 41, 2, "100.00"])
      const [p] = await service.listInstallmentPlans({ id: plan.id })
      expect(p.days_past_due).toBe(41)
      const claims = await Promise.all([1, 2, 3].map(() => service.claimReminder({ installment_id: late.id, plan_id: plan.id, kind: "overdue", sent_to: "a@example.com" })))
      expect(claims.filter(Boolean)).toHaveLength(1)
    })
  },
})

import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { STORE_CREDIT_MODULE } from ".."
import * as models from "../models"
import StoreCreditModuleService from "../service"

jest.setTimeout(120000)

const DAY = 86_400_000
const at = (days: number) => new Date(Date.now() + days * DAY)

moduleIntegrationTestRunner<StoreCreditModuleService>({
  moduleName: STORE_CREDIT_MODULE,
  moduleModels: Object.values(models),
  resolve: path.join(__dirname, ".."),
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const credit = (customer_id: string, currency_code: string, amount: number, expires_at: Date | null = null) =>
      service.credit({ customer_id, currency_code, amount, expires_at, reason: "Goodwill", actor_id: "user_mgr" })
    const statement = async (customer: string, currency: string) => (await service.statements(customer)).find((s) => s.currency_code === currency)

    it("moves each currency's balance lot by lot with its expiry, writes lapsed credit off first, and undoes by reversals", async () => {
      const soon = at(10)
      await credit("cus_dup", "php", 100_000, soon)
      await credit("cus_dup", "php", 50_050, null)
      await service.debit({ customer_id: "cus_dup", currency_code: "php", amount: 30_000, reference_type: "order", reference_id: "order_1" })
      await credit("cus_dup", "php", 20_000, at(-1)) // lapsed, not written off by the job yet
      await credit("cus_dup", "usd", 1_000)
      await credit("cus_kept", "php", 25_000)

      const moved = await service.transferAll({ from: "cus_dup", into: "cus_kept", reference_id: "cmrg_1", actor_id: "user_mgr" })
      // ₱1,000 expiring soon less the ₱300 spent from it first, and ₱500.50 that never expires.
      expect(moved.moved).toEqual({ php: "1200.50", usd: "10.00" })
      expect(await service.available("cus_dup", "php")).toBe(0)
      expect(await service.available("cus_dup", "usd")).toBe(0)
      expect(await service.available("cus_kept", "php")).toBe(145_050)
      expect(await service.available("cus_kept", "usd")).toBe(1_000)
      const kept = (await statement("cus_kept", "php"))!
      expect(kept.earliest_expiry?.getTime()).toBe(soon.getTime())
      const merged = kept.transactions.filter((t) => t.reference_type === "customer_merge")
      expect(merged.map((t) => [t.type, t.amount, t.expires_at?.getTime() ?? null])).toEqual([
        ["credit", "700.00", soon.getTime()],
        ["credit", "500.50", null],
      ])
      const dup = (await statement("cus_dup", "php"))!
      expect(dup.transactions.slice(-2).map((t) => [t.type, t.amount])).toEqual([
        ["expiry", "-200.00"],
        ["debit", "-1200.50"],
      ])

      await service.undoTransfer({ ...moved, actor_id: "user_mgr" })
      expect(await service.available("cus_dup", "php")).toBe(120_050)
      expect(await service.available("cus_dup", "usd")).toBe(1_000)
      expect(await service.available("cus_kept", "php")).toBe(25_000)
      expect(await service.available("cus_kept", "usd")).toBe(0)
      // What was given back keeps its expiry: the soonest lot is still the one spent first.
      expect((await statement("cus_dup", "php"))!.earliest_expiry?.getTime()).toBe(soon.getTime())
    })

    it("moves nothing for a customer without credit", async () => {
      await credit("cus_kept", "php", 5_000)
      expect(await service.transferAll({ from: "cus_none", into: "cus_kept", reference_id: "cmrg_2" })).toEqual({ debits: [], credits: [], moved: {} })
      expect(await service.available("cus_kept", "php")).toBe(5_000)
    })
  },
})

import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "node:path"
import { LOYALTY_MODULE } from ".."
import * as models from "../models"
import LoyaltyModuleService from "../service"

jest.setTimeout(120000)

const DAY = 86_400_000
const at = (days: number) => new Date(Date.now() + days * DAY)

moduleIntegrationTestRunner<LoyaltyModuleService>({
  moduleName: LOYALTY_MODULE,
  moduleModels: Object.values(models),
  resolve: path.join(__dirname, ".."),
  // The real migration: its default programme and tiers, its unique indexes and its immutability trigger.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const member = (customer_id = "cus_1") => service.enrol({ customer_id, marketing_consent: true, stock_location_id: "sloc_mnl", actor_id: "user_1" })
    const earn = (points: number, order = "order_1", extra: { customer_id?: string; spend?: number; expires_at?: Date | null } = {}) =>
      service.earnOnce({ customer_id: extra.customer_id ?? "cus_1", reference_type: "order", reference_id: order, points, spend: extra.spend ?? points * 10_000, expires_at: extra.expires_at ?? null })
    const redeem = (points: number, order = "order_r", now?: Date) => service.redeem({ customer_id: "cus_1", points, reference_type: "order", reference_id: order, now })

    it("lets exactly as many of 50 concurrent redemptions through as the balance allows, and never overdraws", async () => {
      await member()
      await earn(500)
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => redeem(20, `order_${i}`)))
      const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(25)
      expect(refused).toHaveLength(25)
      expect(refused[0].reason.message).toBe("The member has 0 points: fewer than the 20 asked")
      const history = await service.history("cus_1")
      expect(history.reduce((a, e) => a + e.points, 0)).toBe(0)
      expect(history.map((e) => e.sequence)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
      expect(history.every((e) => e.balance >= 0)).toBe(true)
      expect((await service.standing("cus_1"))!.balance).toBe(0)
      // A redemption is worth points × point value (₱1.00 by default).
      expect(history.at(-1)).toEqual(expect.objectContaining({ type: "redeem", points: -20, value: 2_000 }))
      expect(history[0].id).toMatch(/^lyent_/)
    })

    it("earns an order once however often it is delivered, and only for members", async () => {
      expect(await earn(10)).toBeNull()
      await member()
      const all = await Promise.all([earn(10), earn(10), earn(10)])
      expect(all.filter((r) => r!.written)).toHaveLength(1)
      expect(new Set(all.map((r) => r!.id)).size).toBe(1)
      expect((await service.standing("cus_1"))!.balance).toBe(10)
      // Enrolling twice keeps the one membership.
      const again = await member()
      expect(again.created).toBe(false)
      expect(again.account.id).toMatch(/^lyacc_/)
    })

    it("refuses a redemption below the minimum or beyond the balance, writing nothing", async () => {
      await member()
      await earn(50)
      await expect(redeem(5)).rejects.toThrow("At least 10 points must be spent at once (asked: 5)")
      await expect(redeem(51)).rejects.toThrow("The member has 50 points: fewer than the 51 asked")
      expect(await service.history("cus_1")).toHaveLength(1)
      await expect(service.adjust({ customer_id: "cus_1", points: -60, reason: "Correction" })).rejects.toThrow("The member has 50 points: 60 cannot be taken away")
    })

    it("writes lapsed earnings off as expire entries, never spends them, and keeps entries immutable", async () => {
      await member()
      const old = await earn(100, "order_old", { expires_at: at(1) })
      await earn(40, "order_new", { expires_at: at(30) })
      await redeem(30, "order_r1")
      // The redemption took from the earning expiring first: 70 of it is left to lapse.
      expect((await service.standing("cus_1", at(2)))!.available).toBe(40)
      await expect(redeem(50, "order_r2", at(2))).rejects.toThrow("The member has 40 points: fewer than the 50 asked")
      const account = (await service.standing("cus_1"))!.account_id
      expect(await service.expireAccount(account, at(2))).toBe(70)
      expect(await service.expireAccount(account, at(2))).toBe(0)
      const history = await service.history("cus_1")
      expect(history.filter((e) => e.type === "expire")).toEqual([expect.objectContaining({ points: -70, source_id: old!.id, balance: 40 })])

      const em = MikroOrmWrapper.forkManager()
      await expect(em.execute(`update kassa_loyalty_entry set points = 1000 where id = '${old!.id}'`)).rejects.toThrow(/immutable/)
      await expect(em.execute(`delete from kassa_loyalty_entry where id = '${old!.id}'`)).rejects.toThrow(/immutable/)
    })

    it("lapses the whole balance after the inactivity period when expiry is rolling", async () => {
      await service.saveSettings({ expiry_mode: "inactivity", expiry_months: 6 })
      await member()
      await earn(80)
      expect((await service.standing("cus_1", at(150)))!.available).toBe(80)
      expect((await service.standing("cus_1", at(190)))!.available).toBe(0)
      expect(await service.expireAccount((await service.standing("cus_1"))!.account_id, at(190))).toBe(80)
    })

    it("takes back a return's share of the earning once, and records a shortfall instead of a negative balance", async () => {
      await member()
      await earn(90, "order_a", { spend: 900_000 })
      const back = (ref: string, returned_total: number) =>
        service.takeBackOnce({ customer_id: "cus_1", reference_type: "return", reference_id: ref, order_id: "order_a", returned_total, sale_total: 900_000 })
      // A third came back: 30 points; delivered twice, taken once.
      expect(await back("ret_1", 300_000)).toEqual(expect.objectContaining({ points: 30, shortfall: 0, written: true }))
      expect(await back("ret_1", 300_000)).toEqual(expect.objectContaining({ points: 30, written: false }))
      await redeem(50, "order_spend")
      // The rest came back: 60 points due, only 10 left to take.
      expect(await back("ret_2", 900_000)).toEqual(expect.objectContaining({ points: 10, shortfall: 50, written: true }))
      const s = (await service.standing("cus_1"))!
      expect(s.balance).toBe(0)
      // The whole sale came back: it qualifies for nothing.
      expect(s.qualifying).toBe(0)
    })

    it("puts a member in the tier whose threshold their qualifying spend reaches, at the edges", async () => {
      // Default tiers: Bronze 0, Silver ₱20,000, Gold ₱50,000, Platinum ₱150,000 of spend over 12 months.
      const tierAt = async (customer: string, spend: number) => {
        await member(customer)
        if (spend) await earn(1, `order_${customer}`, { customer_id: customer, spend })
        return (await service.recomputeTier(customer))?.to?.name ?? (await service.standing(customer))!.tier?.name
      }
      expect(await tierAt("cus_a", 0)).toBe("Bronze")
      expect(await tierAt("cus_b", 1_999_999)).toBe("Bronze")
      expect(await tierAt("cus_c", 2_000_000)).toBe("Silver")
      expect(await tierAt("cus_d", 4_999_999)).toBe("Silver")
      expect(await tierAt("cus_e", 5_000_000)).toBe("Gold")
      expect(await tierAt("cus_f", 15_000_000)).toBe("Platinum")
      // Unchanged: no change reported.
      expect(await service.recomputeTier("cus_f")).toBeNull()
      // The window has passed (13 months on): down to Bronze.
      expect((await service.recomputeTier("cus_f", at(400)))!.to!.name).toBe("Bronze")
    })

    it("moves a merged duplicate's membership, or its points, into the customer kept, and undoes it", async () => {
      await member("cus_dup")
      await earn(100, "order_dup", { customer_id: "cus_dup" })
      // Only the duplicate is a member: the membership itself moves, history and all.
      const moved = await service.mergeInto({ from: "cus_dup", into: "cus_keep", reference_id: "cmrg_1" })
      expect(moved).toEqual({ moved_account: expect.stringMatching(/^lyacc_/), entries: [], points: 0 })
      expect(await service.standing("cus_dup")).toBeNull()
      expect((await service.standing("cus_keep"))!.balance).toBe(100)
      await service.undoMerge({ from: "cus_dup", into: "cus_keep", moved_account: moved.moved_account, points: 0, reference_id: "cmrg_1" })
      expect((await service.standing("cus_dup"))!.balance).toBe(100)
      expect(await service.standing("cus_keep")).toBeNull()

      // Both are members: the points move by a pair of adjustments; the sum over both stays.
      await member("cus_keep")
      await earn(10, "order_keep", { customer_id: "cus_keep" })
      const both = await service.mergeInto({ from: "cus_dup", into: "cus_keep", reference_id: "cmrg_2" })
      expect(both.points).toBe(100)
      expect([(await service.standing("cus_dup"))!.balance, (await service.standing("cus_keep"))!.balance]).toEqual([0, 110])
      await service.undoMerge({ from: "cus_dup", into: "cus_keep", moved_account: null, points: both.points, reference_id: "cmrg_2" })
      expect([(await service.standing("cus_dup"))!.balance, (await service.standing("cus_keep"))!.balance]).toEqual([100, 10])
    })

    it("gives a failed checkout's redemption back once, and a void's", async () => {
      await member()
      await earn(100)
      const r = await redeem(40, "order_v")
      const [a, b] = [await service.reverseEntry({ entry_id: r.id }), await service.reverseEntry({ entry_id: r.id })]
      expect(b.id).toBe(a.id)
      await redeem(25, "order_w")
      expect(await service.giveBackRedemptionsOf({ order_id: "order_w" })).toHaveLength(1)
      expect((await service.standing("cus_1"))!.balance).toBe(100)
      const f = await service.figures(new Date(), at(-1))
      expect(f).toEqual({ members: 1, active_members: 1, points_outstanding: 100, liability: 10_000, points_redeemed_this_month: 0 })
    })
  },
})

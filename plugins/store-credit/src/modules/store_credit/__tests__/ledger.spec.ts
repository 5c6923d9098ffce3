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
  // The real migration: its unique index serves the account upsert and its trigger keeps entries immutable.
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const credit = (amount: number, extra: { customer_id?: string; expires_at?: Date | null } = {}) =>
      service.credit({ customer_id: extra.customer_id ?? "cus_1", currency_code: "php", amount, expires_at: extra.expires_at ?? null, reason: "Goodwill", actor_id: "user_mgr" })
    const debit = (amount: number, extra: { reference_id?: string; now?: Date } = {}) =>
      service.debit({ customer_id: "cus_1", currency_code: "PHP", amount, reference_type: "order", reference_id: extra.reference_id ?? "order_1", now: extra.now })
    const entries = async () => (await service.statements("cus_1"))[0]
    const sumOf = (s: { transactions: { amount: string }[] }) => s.transactions.reduce((a, t) => a + Math.round(Number(t.amount) * 100), 0)

    it("lets exactly as many of 50 concurrent debits through as the balance allows, and never overdraws", async () => {
      await credit(2_500)
      const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => debit(100, { reference_id: `order_${i}` })))
      const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(25)
      expect(refused).toHaveLength(25)
      expect(refused[0].reason.message).toBe("The customer's store credit is ₱0.00: less than the ₱1.00 asked")
      const s = await entries()
      // The balance is the sum of the entries, and the entries are numbered without a gap.
      expect(s.balance).toBe("0.00")
      expect(sumOf(s)).toBe(0)
      expect(s.transactions.map((t) => t.sequence)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1))
      expect(s.transactions.at(-1)!.balance).toBe("0.00")
      expect(s.transactions.every((t) => /^sctx_/.test(t.id))).toBe(true)
      expect(s.account_id).toMatch(/^scacc_/)
    })

    it("spends the earliest-expiring credit first and writes off what is left of a lapsed one as an expiry entry", async () => {
      const a = await credit(1_000, { expires_at: at(2) })
      await credit(1_000)
      const c = await credit(500, { expires_at: at(1) })
      await debit(1_200)
      // C (expiring first) is spent whole, then 7.00 of A: 3.00 of A is left to expire.
      expect(await service.available("cus_1", "php", at(3))).toBe(1_000)
      expect(await service.expireAccount((await entries()).account_id, at(3))).toBe(300)
      // Run again: nothing is left to expire.
      expect(await service.expireAccount((await entries()).account_id, at(3))).toBe(0)
      const s = await entries()
      const expiry = s.transactions.filter((t) => t.type === "expiry")
      expect(expiry).toEqual([expect.objectContaining({ amount: "-3.00", source_id: a.id, balance: "10.00" })])
      expect(s.balance).toBe("10.00")
      expect(sumOf(s)).toBe(1_000)
      expect(s.earliest_expiry).toBeNull()
      expect(c.id).not.toBe(a.id)
    })

    it("never spends credit whose expiry has come, even before the job has run", async () => {
      await credit(1_000, { expires_at: at(1) })
      await credit(200)
      await expect(debit(500, { now: at(2) })).rejects.toThrow("The customer's store credit is ₱2.00: less than the ₱5.00 asked")
      // The refusal wrote nothing; a debit within what is left writes the expiry first.
      expect((await entries()).transactions).toHaveLength(2)
      await debit(200, { now: at(2) })
      const s = await entries()
      expect(s.transactions.map((t) => [t.type, t.amount, t.balance])).toEqual([
        ["credit", "10.00", "10.00"],
        ["credit", "2.00", "12.00"],
        ["expiry", "-10.00", "2.00"],
        ["debit", "-2.00", "0.00"],
      ])
    })

    it("reverses a debit once, takes back only a credit's unspent rest, and keeps entries immutable", async () => {
      const first = await credit(1_000)
      const d = await debit(400, { reference_id: "order_v" })
      const r1 = await service.reverse({ transaction_id: d.id, reason: "Voided" })
      const r2 = await service.reverse({ transaction_id: d.id, reason: "Voided again" })
      expect(r2.id).toBe(r1.id)
      // The void path: every debit of the order, once.
      await debit(300, { reference_id: "order_w" })
      expect(await service.reverseDebitsOf({ reference_type: "order", reference_id: "order_w", reason: "Sale voided" })).toHaveLength(1)
      expect(await service.reverseDebitsOf({ reference_type: "order", reference_id: "order_w", reason: "Sale voided" })).toHaveLength(0)
      expect((await entries()).balance).toBe("10.00")

      await debit(250, { reference_id: "order_x" })
      const back = await service.reverse({ transaction_id: first.id, reason: "Issued by mistake" })
      expect(Number(back.amount)).toBe(-7.5)
      expect((await entries()).balance).toBe("0.00")
      await expect(service.reverse({ transaction_id: back.id, reason: "x" })).rejects.toThrow("A reversal cannot be reversed")

      const em = MikroOrmWrapper.forkManager()
      await expect(em.execute(`update kassa_store_credit_transaction set amount = 1000 where id = '${d.id}'`)).rejects.toThrow(/immutable/)
      await expect(em.execute(`delete from kassa_store_credit_transaction where id = '${d.id}'`)).rejects.toThrow(/immutable/)
    })

    it("credits a return once however often its refund runs, and tells a receipt the balance right after its sale", async () => {
      const refund = () =>
        service.creditOnce({ customer_id: "cus_1", currency_code: "php", amount: 1_250, reference_type: "return", reference_id: "MNL-1-R1", reason: "Refund of return MNL-1-R1" })
      // Recovery finishing a return calls it again, even at the same moment: one credit.
      const [first, ...again] = await Promise.all([refund(), refund(), refund()])
      expect([first, ...again].filter((r) => r.written)).toHaveLength(1)
      expect(new Set([first, ...again].map((r) => r.id)).size).toBe(1)
      expect((await entries()).balance).toBe("12.50")

      await debit(1_000, { reference_id: "order_a" })
      await credit(300)
      expect(await service.balanceAfter("cus_1", "PHP", { type: "order", id: "order_a" })).toBe(250)
      expect(await service.balanceAfter("cus_1", "php", { type: "order", id: "order_none" })).toBeNull()
      expect(await service.balanceAfter("cus_2", "php", { type: "order", id: "order_a" })).toBeNull()
    })

    it("opens one account per customer and currency, also when the first credits arrive at once", async () => {
      await Promise.all([credit(100, { customer_id: "cus_2" }), credit(200, { customer_id: "cus_2" }), credit(300, { customer_id: "cus_2" })])
      await service.credit({ customer_id: "cus_2", currency_code: "usd", amount: 100, reason: "Goodwill" })
      const s = await service.statements("cus_2")
      expect(s.map((a) => [a.currency_code, a.balance, a.transactions.length])).toEqual([
        ["php", "6.00", 3],
        ["usd", "1.00", 1],
      ])
      await expect(service.debit({ customer_id: "cus_3", currency_code: "php", amount: 1 })).rejects.toThrow("The customer has no store credit")
    })

    it("offers a credit for its expiry e-mail only while something is left of it, and lets one claim win of many at once", async () => {
      const soon = await credit(1_000, { expires_at: at(5) })
      const spent = await credit(500, { expires_at: at(3) })
      await credit(700, { expires_at: at(40) })
      // The earliest-expiring credit goes first: the 5.00 that lapses in three days is spent whole.
      await debit(500)
      const due = await service.creditsToRemind(new Date(), at(14))
      expect(due.map((c) => [c.transaction_id, c.remaining])).toEqual([[soon.id, 1_000]])
      expect(due.map((c) => c.transaction_id)).not.toContain(spent.id)

      const claims = await Promise.all(Array.from({ length: 5 }, () => service.claimReminder({ transaction_id: soon.id, account_id: due[0].account_id, sent_to: "ana@example.com" })))
      expect(claims.filter(Boolean)).toHaveLength(1)
      expect(claims.find(Boolean)).toMatch(/^screm_/)
      expect(await service.creditsToRemind(new Date(), at(14))).toEqual([])
    })

    it("keeps one settings row, made with the defaults on first read", async () => {
      expect(await Promise.all([service.settings(), service.settings()])).toEqual([
        { expiry_months: 12, reminder_days: 14, gift_card_validity_months: null },
        { expiry_months: 12, reminder_days: 14, gift_card_validity_months: null },
      ])
      expect(await service.saveSettings({ expiry_months: null })).toEqual({ expiry_months: null, reminder_days: 14, gift_card_validity_months: null })
      expect(await service.saveSettings({ reminder_days: 3, gift_card_validity_months: 36 })).toEqual({ expiry_months: null, reminder_days: 3, gift_card_validity_months: 36 })
      expect(await service.listStoreCreditSettings({})).toHaveLength(1)
    })
  },
})

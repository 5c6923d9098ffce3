import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { lapsedLots, monthsAfter, replay, takeBackFor, tierFor, type LotEntry } from "../../earning/rules"
import type { Settings } from "../../settings-type"
import { LoyaltyAccount, LoyaltyEntry, LoyaltySettings, LoyaltyTier } from "./models"

export const SETTINGS_ID = "lyset_store"

export type { Settings }

export type Tier = { id: string; name: string; threshold: number; earn_multiplier_percent: number; customer_group_id: string | null }

/** Who and where, for every entry written. */
export type EntryContext = {
  reason?: string | null
  reference_type?: string | null
  reference_id?: string | null
  stock_location_id?: string | null
  actor_id?: string | null
}

type EntryType = LotEntry["type"]
type NewEntry = EntryContext & { type: EntryType; points: number; spend?: number; value?: number; shortfall?: number; source_id?: string | null; expires_at?: Date | null; tier_name?: string | null }

export type EntryRow = {
  id: string
  account_id: string
  sequence: number
  type: EntryType
  points: number
  spend: number
  value: number
  shortfall: number
  reason: string | null
  reference_type: string | null
  reference_id: string | null
  source_id: string | null
  stock_location_id: string | null
  actor_id: string | null
  expires_at: Date | null
  tier_name: string | null
  created_at: Date
}

type AccountRow = { id: string; customer_id: string; marketing_consent: boolean; enrolled_at: Date; enrolled_location_id: string | null; tier_id: string | null; tier_changed_at: Date | null }

/** A member's standing: what the counter, the admin and the store API show. */
export type Standing = {
  account_id: string
  customer_id: string
  enrolled_at: Date
  marketing_consent: boolean
  tier: Tier | null
  /** The sum of the entries. */
  balance: number
  /** What can be spent now: the balance less points whose expiry has come but the job has not written off yet. */
  available: number
  /** `available` in centavos at the settings' point value. */
  available_value: number
  /** Qualifying spend (centavos) or points earned over the tier window, by tier_basis. */
  qualifying: number
  last_activity_at: Date | null
}

export type MemberFilters = { tier_id?: string; customer_ids?: string[]; stock_location_id?: string; active_since?: Date }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

const ENTRY_COLUMNS = `id, account_id, sequence, type, points, spend, value, shortfall, reason, reference_type, reference_id, source_id, stock_location_id, actor_id, expires_at, tier_name, created_at`

const toLot = (r: EntryRow): LotEntry => ({ id: r.id, type: r.type, points: r.points, source_id: r.source_id, expires_at: r.expires_at ? new Date(r.expires_at) : null })

/**
 * The points ledger. A member's balance is the sum of their immutable entries. Every write first
 * locks the member's account row (`for update`): under READ COMMITTED two redemptions that both
 * read the balance before either wrote would otherwise both pass the check and spend the same
 * points twice. The lock also keeps `sequence` gapless.
 */
export default class LoyaltyModuleService extends MedusaService({ LoyaltyAccount, LoyaltyEntry, LoyaltySettings, LoyaltyTier }) {
  @InjectManager()
  async settings(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Settings> {
    const row = await this.retrieveLoyaltySettings(SETTINGS_ID, {}, ctx)
    return {
      spend_per_point: row.spend_per_point,
      rounding: row.rounding,
      earn_on_tax: row.earn_on_tax,
      non_earning_tenders: (row.non_earning_tenders as unknown as string[]) ?? [],
      point_value: row.point_value,
      min_redeem_points: row.min_redeem_points,
      max_redeem_percent: row.max_redeem_percent,
      expiry_mode: row.expiry_mode,
      expiry_months: row.expiry_months,
      tier_basis: row.tier_basis,
      tier_window_months: row.tier_window_months,
    }
  }

  async saveSettings(data: Partial<Settings>) {
    await this.updateLoyaltySettings({ id: SETTINGS_ID, ...(data as Record<string, unknown>) })
    return this.settings()
  }

  /** The tiers, lowest threshold first. */
  @InjectManager()
  async tiers(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Tier[]> {
    const rows = await this.listLoyaltyTiers({}, { order: { threshold: "ASC" } }, ctx)
    return rows.map((t) => ({ id: t.id, name: t.name, threshold: t.threshold, earn_multiplier_percent: t.earn_multiplier_percent, customer_group_id: t.customer_group_id ?? null }))
  }

  /**
   * Gives a tier the customer group made for it, unless another run gave it one first (two first
   * tier moves at once): false then, and the caller deletes the group it made.
   */
  @InjectTransactionManager()
  async claimTierGroup(tierId: string, groupId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<boolean> {
    const rows = (await ctx.transactionManager!.execute(
      `update kassa_loyalty_tier set customer_group_id = ?, updated_at = now() where id = ? and customer_group_id is null returning id`,
      [groupId, tierId]
    )) as { id: string }[]
    return rows.length > 0
  }

  @InjectManager()
  async accountOf(customerId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<AccountRow | null> {
    const [row] = (await (ctx.transactionManager ?? ctx.manager)!.execute(
      `select id, customer_id, marketing_consent, enrolled_at, enrolled_location_id, tier_id, tier_changed_at from kassa_loyalty_account where customer_id = ? and deleted_at is null`,
      [customerId]
    )) as AccountRow[]
    return row ?? null
  }

  /**
   * Enrols the customer; enrolling again returns the existing membership unchanged (two registers
   * enrolling the same customer at once: the unique index lets one insert win). `created`: whether this call enrolled them.
   */
  @InjectTransactionManager()
  async enrol(
    input: { customer_id: string; marketing_consent: boolean; stock_location_id?: string | null; actor_id?: string | null; tier_id?: string | null },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ account: AccountRow; created: boolean }> {
    const rows = (await ctx.transactionManager!.execute(
      `insert into kassa_loyalty_account (id, customer_id, marketing_consent, enrolled_at, enrolled_location_id, enrolled_by, tier_id, tier_changed_at)
       values ('lyacc_' || replace(gen_random_uuid()::text, '-', ''), ?, ?, now(), ?, ?, ?, now())
       on conflict (customer_id) where deleted_at is null do nothing returning id`,
      [input.customer_id, input.marketing_consent, input.stock_location_id ?? null, input.actor_id ?? null, input.tier_id ?? null]
    )) as { id: string }[]
    return { account: (await this.accountOf(input.customer_id, ctx))!, created: rows.length > 0 }
  }

  /** Removes a member whose enrolment a failed workflow undoes (only when nothing was written to their ledger). */
  @InjectTransactionManager()
  async unenrol(accountId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `delete from kassa_loyalty_account a where id = ? and not exists (select 1 from kassa_loyalty_entry e where e.account_id = a.id)`,
      [accountId]
    )
  }

  @InjectTransactionManager()
  protected async lock(customerId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<string | null> {
    const [row] = (await ctx.transactionManager!.execute(
      `select id from kassa_loyalty_account where customer_id = ? and deleted_at is null for update`,
      [customerId]
    )) as { id: string }[]
    return row?.id ?? null
  }

  @InjectTransactionManager()
  protected async lockById(accountId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(`select id from kassa_loyalty_account where id = ? for update`, [accountId])
  }

  @InjectManager()
  protected async rowsOf(accountId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<EntryRow[]> {
    // Inside a write, the locked transaction's own connection: a second one per waiting writer could drain the pool.
    return (await (ctx.transactionManager ?? ctx.manager)!.execute(
      `select ${ENTRY_COLUMNS} from kassa_loyalty_entry where account_id = ? and deleted_at is null order by sequence`,
      [accountId]
    )) as EntryRow[]
  }

  /** Appends entries after the account's last (the caller holds the account's lock). */
  @InjectTransactionManager()
  protected async append(accountId: string, last: number, entries: NewEntry[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (!entries.length) return []
    return this.createLoyaltyEntries(
      entries.map((e, i) => ({
        account_id: accountId,
        sequence: last + 1 + i,
        type: e.type,
        points: e.points,
        spend: e.spend ?? 0,
        value: e.value ?? 0,
        shortfall: e.shortfall ?? 0,
        reason: e.reason ?? null,
        reference_type: e.reference_type ?? null,
        reference_id: e.reference_id ?? null,
        source_id: e.source_id ?? null,
        stock_location_id: e.stock_location_id ?? null,
        actor_id: e.actor_id ?? null,
        expires_at: e.expires_at ?? null,
        tier_name: e.tier_name ?? null,
      })),
      ctx
    )
  }

  /** What can be spent now, from the entries (points lapsed by date or by inactivity excluded), and what lapsed. */
  protected spendable(rows: EntryRow[], settings: Settings, now: Date) {
    const state = replay(rows.map(toLot))
    const lapsed = lapsedLots(state.lots, now)
    if (settings.expiry_mode === "inactivity") {
      const last = lastActivity(rows)
      if (last && monthsAfter(last, settings.expiry_months) <= now) return { balance: state.balance, available: 0, lapsed: state.lots }
    }
    return { balance: state.balance, available: state.balance - lapsed.reduce((a, l) => a + l.remaining, 0), lapsed }
  }

  /**
   * Earns points for a reference (an order) once: a second call for it — the event delivered
   * twice — writes nothing and answers the first earning's points (the unique index on type + reference decides, under the account's
   * lock). Null when the customer is not a member.
   */
  @InjectTransactionManager()
  async earnOnce(
    input: EntryContext & { customer_id: string; reference_type: string; reference_id: string; points: number; spend: number; expires_at?: Date | null; tier_name?: string | null },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ id: string; written: boolean; points: number } | null> {
    if (!Number.isSafeInteger(input.points) || input.points < 0) throw invalid("Points earned must be a whole number, 0 or more")
    const accountId = await this.lock(input.customer_id, ctx)
    if (!accountId) return null
    const rows = await this.rowsOf(accountId, ctx)
    const earlier = rows.find((r) => r.type === "earn" && r.reference_type === input.reference_type && r.reference_id === input.reference_id)
    if (earlier) return { id: earlier.id, written: false, points: earlier.points }
    const [entry] = await this.append(accountId, rows.at(-1)?.sequence ?? 0, [{ ...input, type: "earn" }], ctx)
    return { id: entry.id, written: true, points: input.points }
  }

  /**
   * Spends points (a payment at the counter): lapsed points are written off first, so they are
   * never spent; refuses, writing nothing, below the minimum or beyond what is available.
   */
  @InjectTransactionManager()
  async redeem(input: EntryContext & { customer_id: string; points: number; now?: Date }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const settings = await this.settings(ctx)
    if (!Number.isSafeInteger(input.points) || input.points <= 0) throw invalid("Points spent must be a whole number above zero")
    if (input.points < settings.min_redeem_points) throw invalid(`At least ${settings.min_redeem_points} points must be spent at once (asked: ${input.points})`)
    const accountId = await this.lock(input.customer_id, ctx)
    if (!accountId) throw invalid("The customer is not a loyalty member")
    const rows = await this.rowsOf(accountId, ctx)
    const { available, lapsed } = this.spendable(rows, settings, input.now ?? new Date())
    if (input.points > available) throw invalid(`The member has ${available} points: fewer than the ${input.points} asked`)
    const written = await this.append(
      accountId,
      rows.at(-1)?.sequence ?? 0,
      [
        ...expiryEntries(lapsed),
        { ...input, type: "redeem", points: -input.points, value: input.points * settings.point_value },
      ],
      ctx
    )
    return written.at(-1)!
  }

  /** Undoes one entry (a redemption whose checkout failed): its points go back once; a second call returns the first reversal. */
  @InjectTransactionManager()
  async reverseEntry(input: EntryContext & { entry_id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<{ id: string; points: number }> {
    const [found] = (await ctx.transactionManager!.execute(`select account_id from kassa_loyalty_entry where id = ?`, [input.entry_id])) as { account_id: string }[]
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No loyalty entry ${input.entry_id}`)
    await this.lockById(found.account_id, ctx)
    const rows = await this.rowsOf(found.account_id, ctx)
    const earlier = rows.find((r) => r.type === "reverse" && r.source_id === input.entry_id)
    if (earlier) return earlier
    const target = rows.find((r) => r.id === input.entry_id)!
    if (target.type !== "redeem") throw invalid(`Only a redemption is undone this way (entry ${target.id} is ${target.type})`)
    const [entry] = await this.append(
      found.account_id,
      rows.at(-1)!.sequence,
      [{ ...input, type: "reverse", points: -target.points, reference_type: "redeem", reference_id: target.id, source_id: target.id }],
      ctx
    )
    return entry
  }

  /** A voided sale: every redemption made for the order comes back, once. */
  @InjectTransactionManager()
  async giveBackRedemptionsOf(input: EntryContext & { order_id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const redeemed = (await ctx.transactionManager!.execute(
      `select id from kassa_loyalty_entry where type = 'redeem' and reference_type = 'order' and reference_id = ? order by account_id, id`,
      [input.order_id]
    )) as { id: string }[]
    const written: { id: string; points: number }[] = []
    for (const r of redeemed) written.push(await this.reverseEntry({ ...input, entry_id: r.id }, ctx))
    return written
  }

  /**
   * Takes back, once per reference (a return, a void), the share of an order's earning that came
   * back: `returned_total` of the sale's `sale_total` (both centavos, the returned amount counted
   * over all the sale's returns so far, this one included; a void returns the whole). Computed
   * under the member's lock from the earning and what earlier take-backs of it took
   * (rules.takeBackFor), and at most what the member still has: the rest is recorded as the
   * entry's shortfall, so the balance never goes below zero. Null when there is nothing to take
   * back from (no member, no earning for the order); `written` false when this reference was
   * taken back before.
   */
  @InjectTransactionManager()
  async takeBackOnce(
    input: EntryContext & { customer_id: string; reference_type: string; reference_id: string; order_id: string; returned_total: number; sale_total: number },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ id: string; written: boolean; points: number; shortfall: number } | null> {
    const accountId = await this.lock(input.customer_id, ctx)
    if (!accountId) return null
    const rows = await this.rowsOf(accountId, ctx)
    const earlier = rows.find((r) => r.type === "reverse" && r.reference_type === input.reference_type && r.reference_id === input.reference_id)
    if (earlier) return { id: earlier.id, written: false, points: -earlier.points, shortfall: earlier.shortfall }
    const earn = rows.find((r) => r.type === "earn" && r.reference_type === "order" && r.reference_id === input.order_id)
    if (!earn) return null
    const before = rows.filter((r) => r.type === "reverse" && r.source_id === earn.id)
    const due = takeBackFor({ earned: earn.points, sale_total: input.sale_total, returned_total: input.returned_total, taken_before: before.reduce((a, r) => a - r.points + r.shortfall, 0) })
    const spend = takeBackFor({ earned: earn.spend, sale_total: input.sale_total, returned_total: input.returned_total, taken_before: -before.reduce((a, r) => a + r.spend, 0) })
    const balance = rows.reduce((a, r) => a + r.points, 0)
    const taken = Math.max(0, Math.min(due, balance))
    const context = input
    const [entry] = await this.append(
      accountId,
      rows.at(-1)?.sequence ?? 0,
      [{
        reason: context.reason, reference_type: context.reference_type, reference_id: context.reference_id, stock_location_id: context.stock_location_id, actor_id: context.actor_id,
        type: "reverse", points: -taken, spend: -spend, shortfall: due - taken, source_id: earn.id,
      }],
      ctx
    )
    return { id: entry.id, written: true, points: taken, shortfall: due - taken }
  }

  /** A manager's adjustment, with a reason; a deduction beyond what the member has is refused. */
  @InjectTransactionManager()
  async adjust(input: EntryContext & { customer_id: string; points: number; reason: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (!Number.isSafeInteger(input.points) || input.points === 0) throw invalid("An adjustment must be a whole number of points other than zero")
    const accountId = await this.lock(input.customer_id, ctx)
    if (!accountId) throw invalid("The customer is not a loyalty member")
    const rows = await this.rowsOf(accountId, ctx)
    const settings = await this.settings(ctx)
    const { available, lapsed } = this.spendable(rows, settings, new Date())
    if (input.points < 0 && -input.points > available) throw invalid(`The member has ${available} points: ${-input.points} cannot be taken away`)
    const expires_at = input.points > 0 && settings.expiry_mode === "earned" ? monthsAfter(new Date(), settings.expiry_months) : null
    const written = await this.append(
      accountId,
      rows.at(-1)?.sequence ?? 0,
      [...(input.points < 0 ? expiryEntries(lapsed) : []), { ...input, type: "adjust", expires_at }],
      ctx
    )
    return written.at(-1)!
  }

  /**
   * A merge of duplicate customers: when only `from` is a member, their membership (with its
   * whole history) becomes `into`'s; when both are, `from`'s spendable points move to `into` as a
   * pair of adjustments under the merge's id (lapsed points are written off first). Both accounts
   * are locked, the lower customer id first, so a sale spending either waits instead of deadlocking.
   * Returns what `undoMerge` needs.
   */
  @InjectTransactionManager()
  async mergeInto(
    input: { from: string; into: string; reference_id: string; actor_id?: string | null },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ moved_account: string | null; entries: string[]; points: number }> {
    const em = ctx.transactionManager!
    const locked = new Map<string, string | null>()
    for (const customer of [input.from, input.into].sort()) locked.set(customer, await this.lock(customer, ctx))
    const fromAccount = locked.get(input.from)
    const intoAccount = locked.get(input.into)
    if (!fromAccount) return { moved_account: null, entries: [], points: 0 }
    if (!intoAccount) {
      await em.execute(`update kassa_loyalty_account set customer_id = ?, updated_at = now() where id = ?`, [input.into, fromAccount])
      return { moved_account: fromAccount, entries: [], points: 0 }
    }
    const settings = await this.settings(ctx)
    const rows = await this.rowsOf(fromAccount, ctx)
    const { available, lapsed } = this.spendable(rows, settings, new Date())
    const entry = { reference_type: "customer_merge", reference_id: input.reference_id, actor_id: input.actor_id ?? null }
    const out = await this.append(fromAccount, rows.at(-1)?.sequence ?? 0, [
      ...expiryEntries(lapsed),
      ...(available > 0 ? [{ ...entry, type: "adjust" as const, points: -available, reason: `Merged into customer ${input.into}` }] : []),
    ], ctx)
    if (available <= 0) return { moved_account: null, entries: [], points: 0 }
    const intoRows = await this.rowsOf(intoAccount, ctx)
    const expires_at = settings.expiry_mode === "earned" ? monthsAfter(new Date(), settings.expiry_months) : null
    const [added] = await this.append(intoAccount, intoRows.at(-1)?.sequence ?? 0, [{ ...entry, type: "adjust", points: available, expires_at, reason: `Merged from customer ${input.from}` }], ctx)
    return { moved_account: null, entries: [out.at(-1)!.id, added.id], points: available }
  }

  /** Undoes `mergeInto`: the membership goes back, or the moved points come back by adjustments. */
  @InjectTransactionManager()
  async undoMerge(
    input: { from: string; into: string; moved_account: string | null; points: number; reference_id: string },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    if (input.moved_account) {
      await ctx.transactionManager!.execute(`update kassa_loyalty_account set customer_id = ?, updated_at = now() where id = ?`, [input.from, input.moved_account])
      return
    }
    if (input.points <= 0) return
    const locked = new Map<string, string | null>()
    for (const customer of [input.from, input.into].sort()) locked.set(customer, await this.lock(customer, ctx))
    const entry = { reference_type: "customer_merge_undone", reference_id: input.reference_id }
    // The moved points may have been spent in the moment before the merge failed: take back what is there.
    const intoRows = await this.rowsOf(locked.get(input.into)!, ctx)
    const back = Math.min(input.points, Math.max(0, intoRows.reduce((a, r) => a + r.points, 0)))
    if (back > 0) await this.append(locked.get(input.into)!, intoRows.at(-1)?.sequence ?? 0, [{ ...entry, type: "adjust", points: -back, reason: "Merge undone" }], ctx)
    const fromRows = await this.rowsOf(locked.get(input.from)!, ctx)
    await this.append(locked.get(input.from)!, fromRows.at(-1)?.sequence ?? 0, [{ ...entry, type: "adjust", points: input.points, reason: "Merge undone" }], ctx)
  }

  /** Writes off what has lapsed on the member's account by `now` (by date or by inactivity); returns the points written off. */
  @InjectTransactionManager()
  async expireAccount(accountId: string, now: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await this.lockById(accountId, ctx)
    const rows = await this.rowsOf(accountId, ctx)
    const { lapsed } = this.spendable(rows, await this.settings(ctx), now)
    await this.append(accountId, rows.at(-1)?.sequence ?? 0, expiryEntries(lapsed), ctx)
    return lapsed.reduce((a, l) => a + l.remaining, 0)
  }

  /** Every member's account id, for the nightly pass. */
  @InjectManager()
  async accountIds(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<string[]> {
    const rows = (await ctx.manager!.execute(`select id from kassa_loyalty_account where deleted_at is null order by id`)) as { id: string }[]
    return rows.map((r) => r.id)
  }

  /**
   * The member's qualifying figure over the tier window ending `now`: the spend (or the points
   * earned) of earnings in the window, less what returns and voids took back from them.
   */
  protected qualifyingOf(rows: EntryRow[], settings: Settings, now: Date) {
    const from = monthsAfter(now, -settings.tier_window_months)
    const inWindow = rows.filter((r) => new Date(r.created_at) > from && new Date(r.created_at) <= now && (r.type === "earn" || (r.type === "reverse" && r.reference_type !== "redeem")))
    if (settings.tier_basis === "spend") return Math.max(0, inWindow.reduce((a, r) => a + r.spend, 0))
    return Math.max(0, inWindow.reduce((a, r) => a + r.points - (r.type === "reverse" ? r.shortfall : 0), 0))
  }

  /**
   * Puts the member in the tier their qualifying figure reaches now. Returns the change (null:
   * none), so the caller moves the customer-group membership and announces it.
   */
  @InjectTransactionManager()
  async recomputeTier(customerId: string, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const accountId = await this.lock(customerId, ctx)
    if (!accountId) return null
    const [account] = (await ctx.transactionManager!.execute(`select tier_id from kassa_loyalty_account where id = ?`, [accountId])) as { tier_id: string | null }[]
    const rows = await this.rowsOf(accountId, ctx)
    const tiers = await this.tiers(ctx)
    const to = tierFor(this.qualifyingOf(rows, await this.settings(ctx), now), tiers)
    if ((to?.id ?? null) === account.tier_id) return null
    await ctx.transactionManager!.execute(`update kassa_loyalty_account set tier_id = ?, tier_changed_at = ?, updated_at = now() where id = ?`, [to?.id ?? null, now, accountId])
    return { account_id: accountId, customer_id: customerId, from: tiers.find((t) => t.id === account.tier_id) ?? null, to }
  }

  /** The member's standing now; null when the customer is not a member. */
  @InjectManager()
  async standing(customerId: string, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Standing | null> {
    const account = await this.accountOf(customerId, ctx)
    if (!account) return null
    const [rows, settings, tiers] = await Promise.all([this.rowsOf(account.id, ctx), this.settings(ctx), this.tiers(ctx)])
    return this.standingOf(account, rows, settings, tiers, now)
  }

  protected standingOf(account: AccountRow, rows: EntryRow[], settings: Settings, tiers: Tier[], now: Date): Standing {
    const { balance, available } = this.spendable(rows, settings, now)
    return {
      account_id: account.id,
      customer_id: account.customer_id,
      enrolled_at: new Date(account.enrolled_at),
      marketing_consent: account.marketing_consent,
      tier: tiers.find((t) => t.id === account.tier_id) ?? null,
      balance,
      available,
      available_value: available * settings.point_value,
      qualifying: this.qualifyingOf(rows, settings, now),
      last_activity_at: lastActivity(rows),
    }
  }

  /** The member's entries with the balance after each, newest last. */
  @InjectManager()
  async history(customerId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const account = await this.accountOf(customerId, ctx)
    if (!account) return []
    let running = 0
    return (await this.rowsOf(account.id, ctx)).map((r) => {
      running += r.points
      return { ...r, balance: running }
    })
  }

  /**
   * An order's figures as of that sale, for its receipt (also reprinted later): points earned and
   * spent, the balance right after the last of its entries (the ledger's running sum, not today's
   * balance) and the tier its earning was made at. `earning_written`: the earning subscriber has run.
   */
  @InjectManager()
  async ofOrder(customerId: string, orderId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const entries = await this.history(customerId, ctx)
    const mine = entries.filter((e) => e.reference_id === orderId && e.reference_type === "order")
    const earn = mine.find((e) => e.type === "earn")
    return {
      earned: earn?.points ?? 0,
      spent: -mine.filter((e) => e.type === "redeem").reduce((a, e) => a + e.points, 0),
      balance_after: mine.length ? mine.at(-1)!.balance : null,
      tier_name: earn?.tier_name ?? null,
      earning_written: !!earn,
    }
  }

  /** Members with their standing, newest first; a page of them and the count. */
  @InjectManager()
  async members(filters: MemberFilters, page: { offset: number; limit: number }, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const where = ["a.deleted_at is null"]
    const params: unknown[] = []
    if (filters.customer_ids) {
      if (!filters.customer_ids.length) return { members: [] as Standing[], count: 0 }
      where.push("a.customer_id in (?)")
      params.push(filters.customer_ids)
    }
    if (filters.tier_id) {
      where.push("a.tier_id = ?")
      params.push(filters.tier_id)
    }
    if (filters.stock_location_id) {
      where.push("(a.enrolled_location_id = ? or exists (select 1 from kassa_loyalty_entry e where e.account_id = a.id and e.stock_location_id = ?))")
      params.push(filters.stock_location_id, filters.stock_location_id)
    }
    if (filters.active_since) {
      where.push("exists (select 1 from kassa_loyalty_entry e where e.account_id = a.id and e.type in ('earn', 'redeem') and e.created_at >= ?)")
      params.push(filters.active_since)
    }
    const em = ctx.manager!
    const sql = `select a.id, a.customer_id, a.marketing_consent, a.enrolled_at, a.enrolled_location_id, a.tier_id, a.tier_changed_at from kassa_loyalty_account a where ${where.join(" and ")}`
    const [{ count }] = (await em.execute(`select count(*)::int as count from (${sql}) x`, params)) as { count: number }[]
    const accounts = (await em.execute(`${sql} order by a.enrolled_at desc, a.id limit ? offset ?`, [...params, page.limit, page.offset])) as AccountRow[]
    if (!accounts.length) return { members: [] as Standing[], count }
    const rows = (await em.execute(
      `select ${ENTRY_COLUMNS} from kassa_loyalty_entry where account_id in (?) and deleted_at is null order by account_id, sequence`,
      [accounts.map((a) => a.id)]
    )) as EntryRow[]
    const [settings, tiers] = await Promise.all([this.settings(ctx), this.tiers(ctx)])
    return { members: accounts.map((a) => this.standingOf(a, rows.filter((r) => r.account_id === a.id), settings, tiers, now)), count }
  }

  /**
   * The dashboard's figures: members, members active in the last 90 days, points outstanding and
   * their liability at today's point value, points redeemed since `monthStart`.
   */
  @InjectManager()
  async figures(now: Date, monthStart: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.manager!
    const activeSince = new Date(now.getTime() - 90 * 86_400_000)
    const [row] = (await em.execute(
      `select
         (select count(*)::int from kassa_loyalty_account where deleted_at is null) as members,
         (select count(distinct account_id)::int from kassa_loyalty_entry where type in ('earn', 'redeem') and created_at >= ?) as active_members,
         (select coalesce(sum(points), 0)::bigint from kassa_loyalty_entry) as outstanding,
         (select coalesce(-sum(points), 0)::bigint from kassa_loyalty_entry where type = 'redeem' and created_at >= ?) as redeemed,
         (select coalesce(sum(points), 0)::bigint from kassa_loyalty_entry where type = 'reverse' and reference_type = 'redeem' and created_at >= ?) as given_back`,
      [activeSince, monthStart, monthStart]
    )) as { members: number; active_members: number; outstanding: string; redeemed: string; given_back: string }[]
    const { point_value } = await this.settings(ctx)
    const outstanding = Number(row.outstanding)
    return {
      members: row.members,
      active_members: row.active_members,
      points_outstanding: outstanding,
      liability: outstanding * point_value,
      points_redeemed_this_month: Number(row.redeemed) - Number(row.given_back),
    }
  }
}

function lastActivity(rows: EntryRow[]): Date | null {
  const active = rows.filter((r) => r.type === "earn" || r.type === "redeem")
  return active.length ? new Date(active.at(-1)!.created_at) : null
}

function expiryEntries(lapsed: { id: string; remaining: number }[]): NewEntry[] {
  return lapsed.map((l) => ({ type: "expire" as const, points: -l.remaining, source_id: l.id, reason: "Expired" }))
}

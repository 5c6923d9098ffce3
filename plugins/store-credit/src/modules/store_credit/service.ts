import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { earliestExpiry, lapsed, replay, type Entry } from "../../ledger/lots"
import { decimal, moneyText, toAmount, toCentavos } from "../../ledger/money"
import { StoreCreditAccount, StoreCreditReminder, StoreCreditSettings, StoreCreditTransaction } from "./models"

/** Who and where, for every entry written. */
export type EntryContext = {
  reason?: string | null
  reference_type?: string | null
  reference_id?: string | null
  stock_location_id?: string | null
  actor_id?: string | null
}

export type CreditInput = EntryContext & { customer_id: string; currency_code: string; amount: number; expires_at?: Date | null }
export type DebitInput = EntryContext & { customer_id: string; currency_code: string; amount: number; now?: Date }

/** A ledger entry as the API shows it: amounts as two-decimal strings, with the balance after it. */
export type StatementEntry = {
  id: string
  sequence: number
  type: Entry["type"]
  amount: string
  balance: string
  reason: string | null
  reference_type: string | null
  reference_id: string | null
  source_id: string | null
  stock_location_id: string | null
  actor_id: string | null
  expires_at: Date | null
  created_at: Date
}

export type Statement = {
  account_id: string
  customer_id: string
  currency_code: string
  /** The sum of the entries. */
  balance: string
  /** What can be spent now: the balance less credit whose expiry has come but the job has not written yet. */
  available: string
  earliest_expiry: Date | null
  transactions: StatementEntry[]
}

type Row = Omit<Entry, "amount"> & { amount: string } & Omit<StatementEntry, "amount" | "balance" | "type" | "sequence" | "id" | "expires_at" | "source_id">

/** One line of the accounts list: the account's figures now, without its history. */
export type AccountSummary = Omit<Statement, "transactions"> & { created_at: Date }

export type AccountFilters = {
  /** Accounts with an entry written at this branch (credit issued or spent there). */
  stock_location_id?: string
  /** Accounts of these customers (a customer search's result). */
  customer_ids?: string[]
  /** Accounts holding unspent credit that lapses between now and this instant. */
  expiring_before?: Date
}

/** A credit with something left that lapses soon and whose customer has not been told yet. */
export type ExpiringCredit = { transaction_id: string; account_id: string; customer_id: string; currency_code: string; remaining: number; expires_at: Date }

export const SETTINGS_ID = "scset_store"
/** What a new install starts with: credit lapses a year after it is issued, e-mailed two weeks before. */
export const DEFAULT_SETTINGS = { expiry_months: 12, reminder_days: 14, gift_card_validity_months: null }

export type SettingsInput = { expiry_months?: number | null; reminder_days?: number; gift_card_validity_months?: number | null }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

const ENTRY_COLUMNS = `id, sequence, type, amount::text as amount, reason, reference_type, reference_id, source_id, stock_location_id, actor_id, expires_at, created_at`

const toEntry = (r: Row): Entry => ({ id: r.id, sequence: r.sequence, type: r.type, amount: toCentavos(r.amount), expires_at: r.expires_at ? new Date(r.expires_at) : null, source_id: r.source_id })

/**
 * The store credit ledger. An account per customer and currency; its balance is the sum of its
 * immutable entries. Every write to an account first locks the account's row (`for update`):
 * under READ COMMITTED two debits that both read the balance before either wrote would otherwise
 * both pass the overdraft check and spend the same peso twice. The lock also makes `sequence`
 * gapless and the replay of lots (ledger/lots.ts) see every earlier entry.
 */
export default class StoreCreditModuleService extends MedusaService({ StoreCreditAccount, StoreCreditTransaction, StoreCreditSettings, StoreCreditReminder }) {
  /** Locks the customer's account in the currency (creating it when `create`); null when there is none. */
  @InjectTransactionManager()
  protected async lockAccount(customerId: string, currencyCode: string, create: boolean, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const currency = currencyCode.toLowerCase()
    if (create) {
      // Two first credits at once: the unique index lets one insert win, both then lock that row.
      await em.execute(
        `insert into kassa_store_credit_account (id, customer_id, currency_code)
         values ('scacc_' || replace(gen_random_uuid()::text, '-', ''), ?, ?)
         on conflict (customer_id, currency_code) where deleted_at is null do nothing`,
        [customerId, currency]
      )
    }
    const [row] = (await em.execute(
      `select id from kassa_store_credit_account where customer_id = ? and currency_code = ? and deleted_at is null for update`,
      [customerId, currency]
    )) as { id: string }[]
    return row?.id ?? null
  }

  @InjectTransactionManager()
  protected async lockAccountById(accountId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(`select id from kassa_store_credit_account where id = ? for update`, [accountId])
  }

  @InjectManager()
  protected async rowsOf(accountId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Row[]> {
    // Inside a write, the locked transaction's own connection: a second one per waiting writer could drain the pool.
    return (await (ctx.transactionManager ?? ctx.manager)!.execute(
      `select ${ENTRY_COLUMNS} from kassa_store_credit_transaction where account_id = ? and deleted_at is null order by sequence`,
      [accountId]
    )) as Row[]
  }

  /** Appends entries after the account's last (the caller holds the account's lock). */
  @InjectTransactionManager()
  protected async append(
    accountId: string,
    last: number,
    entries: (EntryContext & { type: Entry["type"]; amount: number; source_id?: string | null; expires_at?: Date | null })[],
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    if (!entries.length) return []
    return this.createStoreCreditTransactions(
      entries.map((e, i) => ({
        account_id: accountId,
        sequence: last + 1 + i,
        type: e.type,
        amount: toAmount(e.amount),
        reason: e.reason ?? null,
        reference_type: e.reference_type ?? null,
        reference_id: e.reference_id ?? null,
        source_id: e.source_id ?? null,
        stock_location_id: e.stock_location_id ?? null,
        actor_id: e.actor_id ?? null,
        expires_at: e.expires_at ?? null,
      })),
      ctx
    )
  }

  /** Adds credit (`amount` in centavos) to the customer's account, opening it if needed. */
  @InjectTransactionManager()
  async credit(input: CreditInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw invalid("Store credit must be above zero")
    const accountId = (await this.lockAccount(input.customer_id, input.currency_code, true, ctx))!
    const rows = await this.rowsOf(accountId, ctx)
    const [entry] = await this.append(accountId, rows.at(-1)?.sequence ?? 0, [{ ...input, type: "credit" }], ctx)
    return entry
  }

  /**
   * Adds credit once per reference (a return refunded to store credit): called again for it —
   * recovery finishing an interrupted return — it returns the first entry and writes nothing.
   */
  @InjectTransactionManager()
  async creditOnce(input: CreditInput & { reference_type: string; reference_id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const accountId = (await this.lockAccount(input.customer_id, input.currency_code, true, ctx))!
    const rows = await this.rowsOf(accountId, ctx)
    const earlier = rows.find((r) => r.type === "credit" && r.reference_type === input.reference_type && r.reference_id === input.reference_id)
    if (earlier) return { id: earlier.id, written: false }
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw invalid("Store credit must be above zero")
    const [entry] = await this.append(accountId, rows.at(-1)?.sequence ?? 0, [{ ...input, type: "credit" }], ctx)
    return { id: entry.id, written: true }
  }

  /**
   * Spends `amount` centavos of the customer's credit, the earliest-expiring first. Credit whose
   * expiry has come is written off first (an expiry entry each), so it is never spent. Refuses,
   * writing nothing, when the account has less than the amount.
   */
  @InjectTransactionManager()
  async debit(input: DebitInput, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw invalid("A store credit payment must be above zero")
    const accountId = await this.lockAccount(input.customer_id, input.currency_code, false, ctx)
    if (!accountId) throw invalid(`The customer has no store credit (asked: ${moneyText(input.amount, input.currency_code)})`)
    const rows = await this.rowsOf(accountId, ctx)
    const state = replay(rows.map(toEntry))
    const expiring = lapsed(state.lots, input.now ?? new Date())
    const available = state.balance - expiring.reduce((a, l) => a + l.remaining, 0)
    if (input.amount > available) {
      throw invalid(`The customer's store credit is ${moneyText(available, input.currency_code)}: less than the ${moneyText(input.amount, input.currency_code)} asked`)
    }
    const written = await this.append(
      accountId,
      rows.at(-1)?.sequence ?? 0,
      [
        ...expiring.map((l) => ({ type: "expiry" as const, amount: -l.remaining, source_id: l.id, reason: "Expired" })),
        { ...input, type: "debit" as const, amount: -input.amount },
      ],
      ctx
    )
    return written.at(-1)!
  }

  /**
   * Reverses an entry: a debit's amount goes back (to the credits it came from), a credit's
   * unspent rest is taken back. Reversing an entry twice returns the first reversal.
   */
  @InjectTransactionManager()
  async reverse(input: EntryContext & { transaction_id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [found] = (await ctx.transactionManager!.execute(
      `select account_id from kassa_store_credit_transaction where id = ? and deleted_at is null`,
      [input.transaction_id]
    )) as { account_id: string }[]
    if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No store credit transaction ${input.transaction_id}`)
    await this.lockAccountById(found.account_id, ctx)
    const rows = await this.rowsOf(found.account_id, ctx)
    const state = replay(rows.map(toEntry))
    const earlier = rows.find((r) => r.type === "reversal" && r.source_id === input.transaction_id)
    if (earlier) return earlier
    const target = rows.find((r) => r.id === input.transaction_id)!
    let amount: number
    if (target.type === "debit") amount = -toCentavos(target.amount)
    else if (target.type === "credit") {
      const left = state.lots.find((l) => l.id === target.id)!.remaining
      if (left <= 0) throw invalid(`Nothing is left of credit ${target.id} to reverse: it was spent or has expired`)
      amount = -left
    } else throw invalid(`A${target.type === "expiry" ? "n expiry" : " reversal"} cannot be reversed`)
    const [entry] = await this.append(found.account_id, rows.at(-1)!.sequence, [{ ...input, type: "reversal", amount, source_id: target.id }], ctx)
    return entry
  }

  /** Reverses every debit made for a reference (a voided sale's order) that is not reversed yet; a second call does nothing. */
  @InjectTransactionManager()
  async reverseDebitsOf(input: EntryContext & { reference_type: string; reference_id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const accounts = (await ctx.transactionManager!.execute(
      `select distinct account_id from kassa_store_credit_transaction
        where reference_type = ? and reference_id = ? and type = 'debit' and deleted_at is null order by account_id`,
      [input.reference_type, input.reference_id]
    )) as { account_id: string }[]
    const written: unknown[] = []
    // Accounts in id order: two reversals spanning the same accounts cannot deadlock.
    for (const { account_id } of accounts) {
      await this.lockAccountById(account_id, ctx)
      const rows = await this.rowsOf(account_id, ctx)
      const reversed = new Set(rows.filter((r) => r.type === "reversal").map((r) => r.source_id))
      const open = rows.filter((r) => r.type === "debit" && r.reference_type === input.reference_type && r.reference_id === input.reference_id && !reversed.has(r.id))
      written.push(
        ...(await this.append(
          account_id,
          rows.at(-1)!.sequence,
          open.map((d) => ({ ...input, type: "reversal" as const, amount: -toCentavos(d.amount), source_id: d.id })),
          ctx
        ))
      )
    }
    return written
  }

  /**
   * Moves a customer's store credit to another customer (a merge of duplicates), per currency, as
   * ledger entries: credit whose expiry has come is written off first, then one debit takes what
   * is left from `from`, and `into` gets one credit per lot with the lot's own expiry, so the
   * credit lapses when it would have. Both accounts of a currency are locked, the lower customer
   * id first, so a merge and a sale spending either account at once wait for each other instead
   * of deadlocking. History is not edited: undoing is `undoTransfer`'s reversals.
   */
  @InjectTransactionManager()
  async transferAll(
    input: { from: string; into: string; reference_id: string; actor_id?: string | null; now?: Date },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ debits: string[]; credits: string[]; moved: Record<string, string> }> {
    const now = input.now ?? new Date()
    const accounts = await this.listStoreCreditAccounts({ customer_id: input.from }, { select: ["currency_code"], order: { currency_code: "ASC" } }, ctx)
    const entry = { reference_type: "customer_merge", reference_id: input.reference_id, actor_id: input.actor_id ?? null }
    const result = { debits: [] as string[], credits: [] as string[], moved: {} as Record<string, string> }
    for (const { currency_code } of accounts) {
      const [first, second] = [input.from, input.into].sort()
      const locked = new Map<string, string>()
      for (const customer of [first, second]) locked.set(customer, (await this.lockAccount(customer, currency_code, customer === input.into, ctx))!)
      const fromAccount = locked.get(input.from)!
      const intoAccount = locked.get(input.into)!
      const rows = await this.rowsOf(fromAccount, ctx)
      const state = replay(rows.map(toEntry))
      const expiring = lapsed(state.lots, now)
      const live = state.lots.filter((l) => l.remaining > 0 && !expiring.includes(l)).sort((a, b) => a.sequence - b.sequence)
      const total = live.reduce((a, l) => a + l.remaining, 0)
      if (!expiring.length && total <= 0) continue
      const written = await this.append(
        fromAccount,
        rows.at(-1)?.sequence ?? 0,
        [
          ...expiring.map((l) => ({ type: "expiry" as const, amount: -l.remaining, source_id: l.id, reason: "Expired" })),
          ...(total > 0 ? [{ ...entry, type: "debit" as const, amount: -total, reason: `Merged into customer ${input.into}` }] : []),
        ],
        ctx
      )
      if (total <= 0) continue
      result.debits.push(written.at(-1)!.id)
      const intoRows = await this.rowsOf(intoAccount, ctx)
      const credits = await this.append(
        intoAccount,
        intoRows.at(-1)?.sequence ?? 0,
        live.map((l) => ({ ...entry, type: "credit" as const, amount: l.remaining, expires_at: l.expires_at, reason: `Merged from customer ${input.from}` })),
        ctx
      )
      result.credits.push(...credits.map((c) => c.id))
      result.moved[currency_code] = decimal(total)
    }
    return result
  }

  /**
   * Undoes `transferAll`: the credits it gave are taken back and its debits given back, as
   * reversal entries, one append per account (entries appended in this transaction are not yet
   * seen by a second read of the same account's rows). Accounts in id order, as everywhere.
   */
  @InjectTransactionManager()
  async undoTransfer(input: { debits: string[]; credits: string[]; actor_id?: string | null }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const ids = [...input.credits, ...input.debits]
    if (!ids.length) return
    const found = (await ctx.transactionManager!.execute(
      `select id, account_id from kassa_store_credit_transaction where id in (${ids.map(() => "?").join(", ")}) and deleted_at is null order by account_id`,
      ids
    )) as { id: string; account_id: string }[]
    const byAccount = new Map<string, string[]>()
    for (const f of found) byAccount.set(f.account_id, [...(byAccount.get(f.account_id) ?? []), f.id])
    for (const [accountId, targets] of byAccount) {
      await this.lockAccountById(accountId, ctx)
      const rows = await this.rowsOf(accountId, ctx)
      const state = replay(rows.map(toEntry))
      const entries = targets
        .filter((id) => !state.reversed.has(id))
        .map((id) => {
          const target = rows.find((r) => r.id === id)!
          const amount = target.type === "debit" ? -toCentavos(target.amount) : -state.lots.find((l) => l.id === id)!.remaining
          return { type: "reversal" as const, amount, source_id: id, reason: "Customer merge undone", actor_id: input.actor_id ?? null }
        })
        // A moved credit spent in the moment before the merge failed has less (or nothing) left to take back.
        .filter((e) => e.amount !== 0)
      await this.append(accountId, rows.at(-1)!.sequence, entries, ctx)
    }
  }

  /** Accounts holding credit whose expiry has come by `now` and that is not written off yet. */
  @InjectManager()
  async accountsWithLapsedCredit(now: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<string[]> {
    const rows = (await ctx.manager!.execute(
      `select distinct account_id from kassa_store_credit_transaction
        where type = 'credit' and expires_at <= ? and deleted_at is null order by account_id`,
      [now]
    )) as { account_id: string }[]
    return rows.map((r) => r.account_id)
  }

  /** Writes an expiry entry for what is left of each of the account's credits whose expiry has come. */
  @InjectTransactionManager()
  async expireAccount(accountId: string, now: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await this.lockAccountById(accountId, ctx)
    const rows = await this.rowsOf(accountId, ctx)
    const due = lapsed(replay(rows.map(toEntry)).lots, now)
    await this.append(
      accountId,
      rows.at(-1)?.sequence ?? 0,
      due.map((l) => ({ type: "expiry" as const, amount: -l.remaining, source_id: l.id, reason: "Expired" })),
      ctx
    )
    return due.reduce((a, l) => a + l.remaining, 0)
  }

  /** The customer's accounts with their balance and full history (running balance per entry). */
  @InjectManager()
  async statements(customerId: string, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Statement[]> {
    const accounts = await this.listStoreCreditAccounts({ customer_id: customerId }, { order: { currency_code: "ASC" } }, ctx)
    return Promise.all(
      accounts.map(async (a) => {
        const rows = await this.rowsOf(a.id, ctx)
        const state = replay(rows.map(toEntry))
        const expiring = lapsed(state.lots, now).reduce((s, l) => s + l.remaining, 0)
        let running = 0
        const transactions = rows.map((r) => {
          const amount = toCentavos(r.amount)
          running += amount
          return { ...r, amount: decimal(amount), balance: decimal(running), expires_at: r.expires_at ? new Date(r.expires_at) : null }
        })
        return {
          account_id: a.id,
          customer_id: a.customer_id,
          currency_code: a.currency_code,
          balance: decimal(state.balance),
          available: decimal(state.balance - expiring),
          earliest_expiry: earliestExpiry(state.lots.filter((l) => !l.expires_at || l.expires_at > now)),
          transactions,
        }
      })
    )
  }

  /**
   * The balance right after the last entry written for a reference (what a sale's receipt says
   * is left after it), in centavos; null when the account has no such entry. Later entries do
   * not change it, so a reprint says what the first print said.
   */
  @InjectManager()
  async balanceAfter(customerId: string, currencyCode: string, reference: { type: string; id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [account] = await this.listStoreCreditAccounts({ customer_id: customerId, currency_code: currencyCode.toLowerCase() }, { select: ["id"] }, ctx)
    if (!account) return null
    let balance = 0
    let after: number | null = null
    for (const r of await this.rowsOf(account.id, ctx)) {
      balance += toCentavos(r.amount)
      if (r.reference_type === reference.type && r.reference_id === reference.id) after = balance
    }
    return after
  }

  /** What the customer can spend now in the currency, in centavos (0 without an account). */
  @InjectManager()
  async available(customerId: string, currencyCode: string, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [account] = await this.listStoreCreditAccounts({ customer_id: customerId, currency_code: currencyCode.toLowerCase() }, { select: ["id"] }, ctx)
    if (!account) return 0
    const state = replay((await this.rowsOf(account.id, ctx)).map(toEntry))
    return state.balance - lapsed(state.lots, now).reduce((s, l) => s + l.remaining, 0)
  }

  /** The store-wide settings, made with the defaults on first read. */
  async settings() {
    await this.ensureSettingsRow()
    const row = await this.retrieveStoreCreditSettings(SETTINGS_ID)
    return { expiry_months: row.expiry_months ?? null, reminder_days: row.reminder_days, gift_card_validity_months: row.gift_card_validity_months ?? null }
  }

  async saveSettings(data: SettingsInput) {
    await this.ensureSettingsRow()
    await this.updateStoreCreditSettings({ id: SETTINGS_ID, ...data })
    return this.settings()
  }

  @InjectTransactionManager()
  protected async ensureSettingsRow(@MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `insert into kassa_store_credit_settings (id, expiry_months, reminder_days, gift_card_validity_months) values (?, ?, ?, ?) on conflict (id) do nothing`,
      [SETTINGS_ID, DEFAULT_SETTINGS.expiry_months, DEFAULT_SETTINGS.reminder_days, DEFAULT_SETTINGS.gift_card_validity_months]
    )
  }

  /**
   * Accounts with their figures now, newest first; with `expiring_before`, the soonest-lapsing
   * first. The figures come from replaying each account's ledger (lots), one query for a page.
   */
  @InjectManager()
  async listSummaries(
    filters: AccountFilters,
    page: { offset: number; limit: number },
    now: Date = new Date(),
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ accounts: AccountSummary[]; count: number }> {
    const where = ["a.deleted_at is null"]
    const params: unknown[] = []
    if (filters.customer_ids) {
      if (!filters.customer_ids.length) return { accounts: [], count: 0 }
      where.push("a.customer_id in (?)")
      params.push(filters.customer_ids)
    }
    if (filters.stock_location_id) {
      where.push("exists (select 1 from kassa_store_credit_transaction t where t.account_id = a.id and t.stock_location_id = ? and t.deleted_at is null)")
      params.push(filters.stock_location_id)
    }
    if (filters.expiring_before) {
      // Only a candidate: whether something is left of that credit the replay tells.
      where.push("exists (select 1 from kassa_store_credit_transaction t where t.account_id = a.id and t.type = 'credit' and t.expires_at > ? and t.expires_at <= ? and t.deleted_at is null)")
      params.push(now, filters.expiring_before)
    }
    const em = ctx.manager!
    const sql = `select a.id, a.customer_id, a.currency_code, a.created_at from kassa_store_credit_account a where ${where.join(" and ")}`
    type AccountRow = { id: string; customer_id: string; currency_code: string; created_at: Date }
    if (!filters.expiring_before) {
      const [{ count }] = (await em.execute(`select count(*)::int as count from (${sql}) x`, params)) as { count: number }[]
      const rows = (await em.execute(`${sql} order by a.created_at desc, a.id limit ? offset ?`, [...params, page.limit, page.offset])) as AccountRow[]
      return { accounts: await this.summarize(rows, now, ctx), count }
    }
    const candidates = await this.summarize((await em.execute(sql, params)) as AccountRow[], now, ctx)
    const due = candidates
      .filter((a) => a.earliest_expiry && a.earliest_expiry <= filters.expiring_before!)
      .sort((a, b) => a.earliest_expiry!.getTime() - b.earliest_expiry!.getTime() || a.account_id.localeCompare(b.account_id))
    return { accounts: due.slice(page.offset, page.offset + page.limit), count: due.length }
  }

  @InjectManager()
  protected async summarize(
    accounts: { id: string; customer_id: string; currency_code: string; created_at: Date }[],
    now: Date,
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<AccountSummary[]> {
    if (!accounts.length) return []
    const rows = (await ctx.manager!.execute(
      `select account_id, ${ENTRY_COLUMNS} from kassa_store_credit_transaction where account_id in (?) and deleted_at is null order by account_id, sequence`,
      [accounts.map((a) => a.id)]
    )) as (Row & { account_id: string })[]
    const byAccount = new Map<string, Entry[]>()
    for (const r of rows) byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), toEntry(r)])
    return accounts.map((a) => {
      const state = replay(byAccount.get(a.id) ?? [])
      const expiring = lapsed(state.lots, now).reduce((s, l) => s + l.remaining, 0)
      return {
        account_id: a.id,
        customer_id: a.customer_id,
        currency_code: a.currency_code,
        balance: decimal(state.balance),
        available: decimal(state.balance - expiring),
        earliest_expiry: earliestExpiry(state.lots.filter((l) => !l.expires_at || l.expires_at > now)),
        created_at: new Date(a.created_at),
      }
    })
  }

  /** Every entry written for an order (its store credit payments, their reversals, credit given back for it). */
  @InjectManager()
  async entriesOfOrder(orderId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `select t.account_id, a.customer_id, a.currency_code, ${ENTRY_COLUMNS.split(", ").map((c) => `t.${c}`).join(", ")}
         from kassa_store_credit_transaction t join kassa_store_credit_account a on a.id = t.account_id
        where t.reference_id = ? and t.deleted_at is null order by t.created_at, t.sequence`,
      [orderId]
    )) as (Row & { account_id: string; customer_id: string; currency_code: string })[]
    return rows.map((r) => ({ ...r, amount: decimal(toCentavos(r.amount)) }))
  }

  /**
   * Credits with something left that lapse after `now` and by `before`, not announced yet
   * (no reminder row): what the expiry e-mails tell customers about.
   */
  @InjectManager()
  async creditsToRemind(now: Date, before: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<ExpiringCredit[]> {
    const em = ctx.manager!
    const credits = (await em.execute(
      `select t.id, t.account_id, a.customer_id, a.currency_code from kassa_store_credit_transaction t
         join kassa_store_credit_account a on a.id = t.account_id
        where t.type = 'credit' and t.expires_at > ? and t.expires_at <= ? and t.deleted_at is null
          and not exists (select 1 from kassa_store_credit_reminder r where r.transaction_id = t.id and r.deleted_at is null)
        order by t.account_id, t.sequence`,
      [now, before]
    )) as { id: string; account_id: string; customer_id: string; currency_code: string }[]
    if (!credits.length) return []
    const rows = (await em.execute(
      `select account_id, ${ENTRY_COLUMNS} from kassa_store_credit_transaction where account_id in (?) and deleted_at is null order by account_id, sequence`,
      [[...new Set(credits.map((c) => c.account_id))]]
    )) as (Row & { account_id: string })[]
    const lots = new Map<string, { remaining: number; expires_at: Date | null }>()
    for (const account of new Set(rows.map((r) => r.account_id))) {
      for (const lot of replay(rows.filter((r) => r.account_id === account).map(toEntry)).lots) lots.set(lot.id, lot)
    }
    return credits
      .map((c) => ({ transaction_id: c.id, account_id: c.account_id, customer_id: c.customer_id, currency_code: c.currency_code, remaining: lots.get(c.id)!.remaining, expires_at: lots.get(c.id)!.expires_at! }))
      .filter((c) => c.remaining > 0)
  }

  /**
   * Claims a credit's expiry e-mail before it is sent. Returns null when it was claimed before
   * (by an earlier or a concurrent run): the unique index decides, not a prior read.
   */
  @InjectTransactionManager()
  async claimReminder(input: { transaction_id: string; account_id: string; sent_to: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<string | null> {
    const rows = (await ctx.transactionManager!.execute(
      `insert into kassa_store_credit_reminder (id, transaction_id, account_id, sent_to)
       values ('screm_' || replace(gen_random_uuid()::text, '-', ''), ?, ?, ?)
       on conflict (transaction_id) where deleted_at is null do nothing returning id`,
      [input.transaction_id, input.account_id, input.sent_to]
    )) as { id: string }[]
    return rows[0]?.id ?? null
  }
}

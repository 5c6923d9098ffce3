import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { earliestExpiry, lapsed, replay, type Entry } from "../../ledger/lots"
import { decimal, moneyText, toAmount, toCentavos } from "../../ledger/money"
import { StoreCreditAccount, StoreCreditTransaction } from "./models"

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
export default class StoreCreditModuleService extends MedusaService({ StoreCreditAccount, StoreCreditTransaction }) {
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
}

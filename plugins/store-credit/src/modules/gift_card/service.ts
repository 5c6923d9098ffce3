import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { maskGiftCardCode } from "../../gift-cards/code"
import { decimal, moneyText, toAmount, toCentavos } from "../../ledger/money"
import { GiftCard, GiftCardEntry } from "./models"

export type IssueCardInput = { code: string; currency_code: string; amount: number; order_id: string; variant_id: string | null; stock_location_id: string; sold_by: string | null; expires_at: Date | null }
export type RedeemInput = { code: string; currency_code: string; amount: number; order_id: string; stock_location_id: string; actor_id: string | null; now?: Date }

/** A card as staff and the store API see it: the code masked, the balance as a two-decimal string. */
export type CardView = {
  id: string
  code: string
  currency_code: string
  amount: string
  balance: string
  order_id: string
  stock_location_id: string
  expires_at: Date | null
  disabled_at: Date | null
  disabled_reason: string | null
  created_at: Date
}

type CardRow = { id: string; code: string; currency_code: string; amount: string; order_id: string; stock_location_id: string; expires_at: Date | null; disabled_at: Date | null; disabled_reason: string | null; created_at: Date }
type EntryRow = { id: string; sequence: number; type: "issue" | "redeem" | "reversal" | "expiry"; amount: string; order_id: string | null; source_id: string | null }

/**
 * What the admin's list filters by: `live` is neither disabled nor expired with something left
 * (active or not yet active: whether its sale stands is the caller's to tell, by `order_ids`).
 */
export type CardListFilters = {
  stock_location_id?: string
  order_ids?: string[]
  /** The canonical code in full. */
  code?: string
  /** The code's last characters as lists show them: four, or four and the check character. */
  code_end?: string
  state?: "disabled" | "expired" | "spent" | "live"
}

/** A line of the admin's list: the card with its balance, the code masked. */
export type CardListRow = CardView & { variant_id: string | null; sold_by: string | null; disabled_by: string | null }

/** One entry of a card's history, with the balance right after it. */
export type CardHistoryEntry = {
  id: string
  sequence: number
  type: EntryRow["type"]
  amount: string
  balance: string
  order_id: string | null
  source_id: string | null
  stock_location_id: string | null
  actor_id: string | null
  reason: string | null
  created_at: Date
}

const CARD_COLUMNS = `id, code, currency_code, amount::text as amount, order_id, stock_location_id, expires_at, disabled_at, disabled_reason, created_at`
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const sum = (entries: EntryRow[]) => entries.reduce((s, e) => s + toCentavos(e.amount), 0)

type SaleStands = (orderId: string) => Promise<boolean>

/** Why a card cannot pay `amount` now, thrown; else its balance in centavos. */
async function refuseRedeem(card: CardRow | null, entries: EntryRow[], input: { currency_code: string; amount: number; now?: Date; stands: SaleStands }) {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw invalid("A gift card payment must be above zero")
  if (!card) throw invalid("No gift card has this code: check it and type it again")
  const name = `Gift card ${maskGiftCardCode(card.code)}`
  if (card.disabled_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${name} was disabled: ${card.disabled_reason}`)
  if (card.expires_at && new Date(card.expires_at) <= (input.now ?? new Date())) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${name} expired on ${new Date(card.expires_at).toISOString().slice(0, 10)}`)
  }
  if (card.currency_code !== input.currency_code.toLowerCase()) throw invalid(`${name} is in ${card.currency_code.toUpperCase()}, the sale in ${input.currency_code.toUpperCase()}`)
  if (!(await input.stands(card.order_id))) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${name} is not active: the sale it was bought on is not completed`)
  const balance = sum(entries)
  if (input.amount > balance) {
    throw invalid(`${name} has ${moneyText(balance, card.currency_code)} left: less than the ${moneyText(input.amount, card.currency_code)} asked`)
  }
  return balance
}

/**
 * Gift cards and their ledgers. A card's balance is the sum of its immutable entries; every
 * redemption locks the card's row (`for update`) before reading them, so two registers spending
 * the same card at once cannot both pass the balance check (READ COMMITTED lets both read the
 * balance before either writes otherwise). Whether the card's sale stands is the caller's to
 * check (the POS ticket of `order_id`): this module knows nothing of tickets.
 */
export default class GiftCardModuleService extends MedusaService({ GiftCard, GiftCardEntry }) {
  @InjectManager()
  protected async entriesOf(cardId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<EntryRow[]> {
    return (await (ctx.transactionManager ?? ctx.manager)!.execute(
      `select id, sequence, type, amount::text as amount, order_id, source_id from kassa_gift_card_entry where gift_card_id = ? and deleted_at is null order by sequence`,
      [cardId]
    )) as EntryRow[]
  }

  @InjectTransactionManager()
  protected async append(cardId: string, last: number, entries: (Omit<EntryRow, "id" | "sequence" | "amount"> & { amount: number; stock_location_id?: string | null; actor_id?: string | null; reason?: string | null })[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return this.createGiftCardEntries(
      entries.map((e, i) => ({
        gift_card_id: cardId,
        sequence: last + 1 + i,
        type: e.type,
        amount: toAmount(e.amount),
        order_id: e.order_id,
        source_id: e.source_id,
        stock_location_id: e.stock_location_id ?? null,
        actor_id: e.actor_id ?? null,
        reason: e.reason ?? null,
      })),
      ctx
    )
  }

  /** The cards sold on a sale, each with its issue entry (its face value). */
  @InjectTransactionManager()
  async issueCards(cards: IssueCardInput[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (!cards.length) return []
    const created = await this.createGiftCards(cards.map((c) => ({ ...c, amount: toAmount(c.amount) })), ctx)
    await this.createGiftCardEntries(
      created.map((card, i) => ({
        gift_card_id: card.id,
        sequence: 1,
        type: "issue" as const,
        amount: toAmount(cards[i].amount),
        order_id: cards[i].order_id,
        stock_location_id: cards[i].stock_location_id,
        actor_id: cards[i].sold_by,
        reason: "Sold",
      })),
      ctx
    )
    return created.map((c) => ({ id: c.id, code: c.code }))
  }

  /** The card with this canonical code, locked for the rest of the transaction; null when there is none. */
  @InjectTransactionManager()
  protected async lockCard(code: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.transactionManager!.execute(`select ${CARD_COLUMNS} from kassa_gift_card where code = ? and deleted_at is null for update`, [code])) as CardRow[]
    return row ?? null
  }

  /**
   * Spends `amount` centavos of a card on a sale. Refuses, writing nothing, a card that does not
   * exist, is disabled or expired, is in another currency, is not active yet (`stands`: whether
   * the card's own sale is completed, checked under the card's lock) or has less left than asked.
   */
  @InjectTransactionManager()
  async redeem(input: RedeemInput & { stands: SaleStands }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const card = await this.lockCard(input.code, ctx)
    const entries = card ? await this.entriesOf(card.id, ctx) : []
    const balance = await refuseRedeem(card, entries, input)
    const [entry] = await this.append(card!.id, entries.at(-1)!.sequence, [{ type: "redeem", amount: -input.amount, order_id: input.order_id, source_id: null, stock_location_id: input.stock_location_id, actor_id: input.actor_id }], ctx)
    return { id: entry.id, gift_card_id: card!.id, balance: balance - input.amount }
  }

  /** What `redeem` would refuse, checked without writing or locking (before a checkout writes anything). */
  @InjectManager()
  async checkRedeem(input: Pick<RedeemInput, "code" | "currency_code" | "amount" | "now"> & { stands: SaleStands }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [card] = (await ctx.manager!.execute(`select ${CARD_COLUMNS} from kassa_gift_card where code = ? and deleted_at is null`, [input.code])) as CardRow[]
    await refuseRedeem(card ?? null, card ? await this.entriesOf(card.id, ctx) : [], input)
  }

  /** Gives back redemptions not given back yet: one (`entry_id`) or all made on an order; a second call writes nothing. */
  @InjectTransactionManager()
  async reverseRedemptions(input: { entry_id?: string; order_id?: string; reason: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const cards = (await em.execute(
      `select distinct gift_card_id from kassa_gift_card_entry where type = 'redeem' and deleted_at is null and ${input.entry_id ? "id = ?" : "order_id = ?"} order by gift_card_id`,
      [input.entry_id ?? input.order_id]
    )) as { gift_card_id: string }[]
    let written = 0
    // Cards in id order: two reversals spanning the same cards cannot deadlock.
    for (const { gift_card_id } of cards) {
      await em.execute(`select id from kassa_gift_card where id = ? for update`, [gift_card_id])
      const entries = await this.entriesOf(gift_card_id, ctx)
      const reversed = new Set(entries.filter((e) => e.type === "reversal").map((e) => e.source_id))
      const open = entries.filter((e) => e.type === "redeem" && !reversed.has(e.id) && (input.entry_id ? e.id === input.entry_id : e.order_id === input.order_id))
      await this.append(gift_card_id, entries.at(-1)!.sequence, open.map((e) => ({ type: "reversal" as const, amount: -toCentavos(e.amount), order_id: e.order_id, source_id: e.id, reason: input.reason })), ctx)
      written += open.length
    }
    return written
  }

  /** A card by its canonical code with its balance; null when there is none. */
  @InjectManager()
  async cardByCode(code: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<CardView | null> {
    const [row] = (await ctx.manager!.execute(`select ${CARD_COLUMNS} from kassa_gift_card where code = ? and deleted_at is null`, [code])) as CardRow[]
    return row ? this.view(row, await this.entriesOf(row.id, ctx)) : null
  }

  /** The cards sold on an order, codes in full (for its receipt). */
  @InjectManager()
  async cardsOfOrder(orderId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return (await ctx.manager!.execute(`select id, code, variant_id, amount::text as amount from kassa_gift_card where order_id = ? and deleted_at is null order by code`, [orderId])) as {
      id: string
      code: string
      variant_id: string | null
      amount: string
    }[]
  }

  /**
   * The cards spent on an order with what each had left right after (what its receipt prints);
   * later entries do not change it, so a reprint says what the first print said.
   */
  @InjectManager()
  async balancesAfter(orderId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const cards = (await ctx.manager!.execute(
      `select distinct c.id, c.code from kassa_gift_card c join kassa_gift_card_entry e on e.gift_card_id = c.id
        where e.order_id = ? and e.type = 'redeem' and e.deleted_at is null order by c.code`,
      [orderId]
    )) as { id: string; code: string }[]
    return Promise.all(
      cards.map(async (card) => {
        let running = 0
        let left = 0
        for (const e of await this.entriesOf(card.id, ctx)) {
          running += toCentavos(e.amount)
          if (e.order_id === orderId) left = running
        }
        return { code: card.code, left }
      })
    )
  }

  /** A lost or stolen card: nothing more can be spent from it. Disabling twice keeps the first reason. */
  @InjectTransactionManager()
  async disableCard(input: { id: string; reason: string; actor_id: string | null }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.transactionManager!
    const [row] = (await em.execute(`select ${CARD_COLUMNS} from kassa_gift_card where id = ? and deleted_at is null for update`, [input.id])) as CardRow[]
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No gift card ${input.id}`)
    if (!row.disabled_at) await this.updateGiftCards({ id: input.id, disabled_at: new Date(), disabled_by: input.actor_id, disabled_reason: input.reason }, ctx)
  }

  /** Where a list's filters put the cards (`c`), with the balance as the sum of the entries. */
  protected listWhere(filters: CardListFilters, now: Date) {
    const balance = `(select coalesce(sum(e.amount), 0) from kassa_gift_card_entry e where e.gift_card_id = c.id and e.deleted_at is null)`
    const lapsed = "(c.expires_at is not null and c.expires_at <= ?)"
    const where: [string, ...unknown[]][] = [["c.deleted_at is null"]]
    if (filters.stock_location_id) where.push(["c.stock_location_id = ?", filters.stock_location_id])
    if (filters.order_ids) where.push(filters.order_ids.length ? ["c.order_id in (?)", filters.order_ids] : ["false"])
    if (filters.code) where.push(["c.code = ?", filters.code])
    // Four characters end before the check character, five include it (as "••••-ABCD-E" shows).
    if (filters.code_end) where.push([filters.code_end.length === 5 ? "right(c.code, 5) = ?" : "substr(c.code, 13, 4) = ?", filters.code_end])
    if (filters.state === "disabled") where.push(["c.disabled_at is not null"])
    if (filters.state === "expired") where.push([`c.disabled_at is null and ${lapsed}`, now])
    if (filters.state === "spent") where.push([`c.disabled_at is null and not ${lapsed} and ${balance} <= 0`, now])
    if (filters.state === "live") where.push([`c.disabled_at is null and not ${lapsed} and ${balance} > 0`, now])
    return { sql: where.map(([w]) => w).join(" and "), params: where.flatMap(([, ...p]) => p), balance }
  }

  /** Cards sold, newest first, each with its balance: one query for the page. */
  @InjectManager()
  async listCards(filters: CardListFilters, page: { offset: number; limit: number }, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const { sql, params, balance } = this.listWhere(filters, now)
    const em = ctx.manager!
    const [{ count }] = (await em.execute(`select count(*)::int as count from kassa_gift_card c where ${sql}`, params)) as { count: number }[]
    const rows = (await em.execute(
      `select ${CARD_COLUMNS.split(", ").map((c) => `c.${c}`).join(", ")}, c.variant_id, c.sold_by, c.disabled_by, ${balance}::text as balance
         from kassa_gift_card c where ${sql} order by c.created_at desc, c.id limit ? offset ?`,
      [...params, page.limit, page.offset]
    )) as (CardRow & { variant_id: string | null; sold_by: string | null; disabled_by: string | null; balance: string })[]
    const cards = rows.map((r): CardListRow => ({
      ...this.view(r, []),
      balance: decimal(toCentavos(r.balance)),
      variant_id: r.variant_id,
      sold_by: r.sold_by,
      disabled_by: r.disabled_by,
    }))
    return { cards, count }
  }

  /** The orders of the cards a list's filters find: which of them are active is the caller's to tell. */
  @InjectManager()
  async orderIdsOf(filters: CardListFilters, now: Date = new Date(), @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const { sql, params } = this.listWhere(filters, now)
    const rows = (await ctx.manager!.execute(`select distinct c.order_id from kassa_gift_card c where ${sql}`, params)) as { order_id: string }[]
    return rows.map((r) => r.order_id)
  }

  /** A card (the code masked) with every entry and the balance after each; null when there is none. */
  @InjectManager()
  async cardHistory(id: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(`select ${CARD_COLUMNS}, variant_id, sold_by, disabled_by from kassa_gift_card where id = ? and deleted_at is null`, [id])) as (CardRow & {
      variant_id: string | null
      sold_by: string | null
      disabled_by: string | null
    })[]
    if (!row) return null
    const entries = (await ctx.manager!.execute(
      `select id, sequence, type, amount::text as amount, order_id, source_id, stock_location_id, actor_id, reason, created_at from kassa_gift_card_entry where gift_card_id = ? and deleted_at is null order by sequence`,
      [id]
    )) as (EntryRow & Omit<CardHistoryEntry, "amount" | "balance">)[]
    let running = 0
    const history = entries.map((e): CardHistoryEntry => {
      running += toCentavos(e.amount)
      return { ...e, amount: decimal(toCentavos(e.amount)), balance: decimal(running) }
    })
    return { ...this.view(row, entries), variant_id: row.variant_id, sold_by: row.sold_by, disabled_by: row.disabled_by, entries: history }
  }

  /** Gift card entries written for an order (spent on it, given back), each with its card's masked code. */
  @InjectManager()
  async entriesOfOrder(orderId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `select e.id, e.gift_card_id, c.code, c.currency_code, e.type, e.amount::text as amount, e.reason, e.created_at
         from kassa_gift_card_entry e join kassa_gift_card c on c.id = e.gift_card_id
        where e.order_id = ? and e.type in ('redeem', 'reversal') and e.deleted_at is null order by e.created_at, e.sequence`,
      [orderId]
    )) as { id: string; gift_card_id: string; code: string; currency_code: string; type: "redeem" | "reversal"; amount: string; reason: string | null; created_at: Date }[]
    return rows.map((r) => ({ ...r, code: maskGiftCardCode(r.code), amount: decimal(toCentavos(r.amount)) }))
  }

  /**
   * Cards sold on an order that were spent (a redemption not given back), their codes masked:
   * undoing that sale would refund money the card has already paid out.
   */
  @InjectManager()
  async spentCardsSoldOn(orderId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `select distinct c.code from kassa_gift_card c join kassa_gift_card_entry e on e.gift_card_id = c.id
        where c.order_id = ? and c.deleted_at is null and e.type = 'redeem' and e.deleted_at is null
          and not exists (select 1 from kassa_gift_card_entry r where r.source_id = e.id and r.type = 'reversal' and r.deleted_at is null)
        order by c.code`,
      [orderId]
    )) as { code: string }[]
    return rows.map((r) => maskGiftCardCode(r.code))
  }

  /** Cards whose validity has run out with something left on them: what the daily expiry writes off. */
  @InjectManager()
  async lapsedCardIds(now: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `select c.id from kassa_gift_card c where c.deleted_at is null and c.expires_at <= ?
          and (select coalesce(sum(e.amount), 0) from kassa_gift_card_entry e where e.gift_card_id = c.id and e.deleted_at is null) > 0
        order by c.id`,
      [now]
    )) as { id: string }[]
    return rows.map((r) => r.id)
  }

  /**
   * Writes off what is left of a lapsed card (an `expiry` entry, never a silent change), under the
   * card's row lock so a redemption finishing at that moment is counted first; returns the
   * centavos written off (0: not lapsed or nothing left, so a second run writes nothing).
   */
  @InjectTransactionManager()
  async expireCard(id: string, now: Date, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [card] = (await ctx.transactionManager!.execute(`select id, expires_at from kassa_gift_card where id = ? and deleted_at is null for update`, [id])) as { id: string; expires_at: Date | null }[]
    if (!card?.expires_at || new Date(card.expires_at) > now) return 0
    const entries = await this.entriesOf(id, ctx)
    const left = sum(entries)
    if (left <= 0) return 0
    await this.append(id, entries.at(-1)!.sequence, [{ type: "expiry", amount: -left, order_id: null, source_id: null, reason: `Expired on ${new Date(card.expires_at).toISOString().slice(0, 10)}` }], ctx)
    return left
  }

  /**
   * Counts one lookup for `key` in its current window (a new window when the last one ended) and
   * returns the count and the seconds the window has left. One upsert, so every server process
   * shares the count and two lookups at once both count.
   */
  @InjectManager()
  async countLookup(key: string, windowSeconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const em = ctx.manager!
    const [row] = (await em.execute(
      `insert into kassa_gift_card_lookup_window as w (key, count, window_ends_at) values (?, 1, now() + make_interval(secs => ?))
       on conflict (key) do update set
         count = case when w.window_ends_at <= now() then 1 else w.count + 1 end,
         window_ends_at = case when w.window_ends_at <= now() then excluded.window_ends_at else w.window_ends_at end
       returning count, extract(epoch from window_ends_at - now())::float as seconds_left`,
      [key, windowSeconds]
    )) as { count: number; seconds_left: number }[]
    // A new window: drop the callers whose windows have ended, so the table holds only the last minute's.
    if (row.count === 1) await em.execute(`delete from kassa_gift_card_lookup_window where window_ends_at <= now()`)
    return row
  }

  protected view(row: CardRow, entries: EntryRow[]): CardView {
    return {
      id: row.id,
      code: maskGiftCardCode(row.code),
      currency_code: row.currency_code,
      amount: decimal(toCentavos(row.amount)),
      balance: decimal(sum(entries)),
      order_id: row.order_id,
      stock_location_id: row.stock_location_id,
      expires_at: row.expires_at,
      disabled_at: row.disabled_at,
      disabled_reason: row.disabled_reason,
      created_at: row.created_at,
    }
  }
}

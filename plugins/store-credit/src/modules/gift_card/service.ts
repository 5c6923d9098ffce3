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
type EntryRow = { id: string; sequence: number; type: "issue" | "redeem" | "reversal"; amount: string; order_id: string | null; source_id: string | null }

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

import type { Context, InferTypeOf, Logger } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { BranchSettings } from "./models/branch-settings"
import { CheckoutKey } from "./models/checkout-key"
import { CashMovement } from "./models/cash-movement"
import { Commission } from "./models/commission"
import { CounterReturn } from "./models/counter-return"
import { ReturnRequest } from "./models/return-request"
import { DrawerSession } from "./models/drawer-session"
import { Tender } from "./models/tender"
import { Ticket } from "./models/ticket"
import { TicketLine } from "./models/ticket-line"
import { ZReport } from "./models/z-report"
import { ScanEntry } from "./models/scan-entry"
import { receiptParts } from "./receipt-pattern"
import { CONFIG_VERSION_SQL, installConfigTriggers } from "../../cache/config-cache"
import type { CheckoutJournal, CheckoutPlan } from "./checkout-journal"

export type TenderRow = {
  ticket_id: string
  order_id: string
  stock_location_id: string
  method: string
  amount: number
  tendered: number | null
  change: number | null
  reference: string | null
  card_last4: string | null
  approval_code: string | null
  payment_id: string | null
  metadata: Record<string, unknown> | null
}
export type CommissionRow = { order_id: string; staff_member_id: string; stock_location_id: string; rate: number; base_amount: number; amount: number }

type TicketRecord = InferTypeOf<typeof Ticket>
type TicketLineRecord = InferTypeOf<typeof TicketLine>
type SettingsRecord = InferTypeOf<typeof BranchSettings>

type SettingsRow = { receipt_pattern: string; receipt_period: string | null; receipt_last: number }

/** A scan index entry as written and read (src/scan/scan-index.ts). */
export type ScanEntryFacts = Omit<InferTypeOf<typeof ScanEntry>, "created_at" | "updated_at" | "deleted_at" | "options"> & {
  options: Record<string, string>
}

/** A list of ids passed as one JSON parameter. */
const IN_LIST = "in (select value from jsonb_array_elements_text(?::jsonb))"
const SCAN_ENTRY_COLUMNS = ["source_updated_at", "product_id", "title", "sku", "barcode", "ean", "upc", "manage_inventory", "options", "product_title", "thumbnail", "serialized", "price_set_id", "product_status", "archived"]

export default class PosModuleService extends MedusaService({
  Ticket,
  TicketLine,
  Tender,
  BranchSettings,
  Commission,
  CheckoutKey,
  DrawerSession,
  CashMovement,
  ZReport,
  CounterReturn,
  ReturnRequest,
  ScanEntry,
}) {
  __hooks = {
    // The setup's change triggers on Medusa's tables, which exist once the app starts.
    onApplicationStart: async () => {
      const { __pg_connection__: knex, logger } = (this as unknown as { __container__: { __pg_connection__: Knex; logger: Logger } }).__container__
      // Without them the counter reads the setup from the modules every time: slower, never stale.
      await installConfigTriggers(knex).catch((e) => logger.warn(`POS: the setup is not cached (${e.message})`))
    },
  }

  /**
   * What a checkout reads of Kassa's own records, in one query instead of three ORM reads: the
   * ticket with its lines, its register's open drawer session, its branch's settings (null
   * until first used: settingsFor creates them) and the setup's version (config-cache.ts).
   */
  @InjectManager()
  async checkoutRecords(ticketId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `select row_to_json(t) as ticket,
              coalesce((select json_agg(l order by l.created_at, l.id) from kassa_pos_ticket_line l
                         where l.ticket_id = t.id and l.deleted_at is null), '[]') as lines,
              (select d.id from kassa_pos_drawer_session d
                where d.register_id = t.register_id and d.status = 'open' and d.deleted_at is null limit 1) as drawer_session_id,
              (select row_to_json(s) from kassa_pos_branch_settings s
                where s.stock_location_id = t.stock_location_id and s.deleted_at is null) as settings,
              ${CONFIG_VERSION_SQL} as config_version
         from kassa_pos_ticket t
        where t.id = ? and t.deleted_at is null`,
      [ticketId]
    )) as { ticket: TicketRecord; lines: TicketLineRecord[]; drawer_session_id: string | null; settings: SettingsRecord | null; config_version: string | null }[]
    if (!row) return null
    const { ticket, lines, ...rest } = row
    return { ticket: { ...ticket, lines }, ...rest }
  }

  /**
   * Takes a checkout's idempotency key for `owner` until the lease ends, with the checkout's
   * plan: its id, or null when another checkout holds the key or the ticket (the key is unique,
   * and a ticket has one pending checkout at most, so of two racing requests only one gets it).
   */
  @InjectManager()
  async claimCheckoutKey(
    input: { key: string; ticket_id: string; request_hash: string; owner: string; lease_seconds: number; plan: CheckoutPlan },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    const [claimed] = (await ctx.manager!.execute(
      `insert into kassa_pos_checkout_key (id, key, ticket_id, request_hash, owner, lease_until, plan)
       values (?, ?, ?, ?, ?, now() + make_interval(secs => ?), ?::jsonb)
       on conflict do nothing returning id`,
      [generateEntityId(undefined, "pchk"), input.key, input.ticket_id, input.request_hash, input.owner, input.lease_seconds, JSON.stringify(input.plan)]
    )) as { id: string }[]
    return claimed?.id ?? null
  }

  /** Moves on the leases of the checkouts `owner` is running. */
  @InjectManager()
  async renewCheckoutLeases(keys: string[], owner: string, seconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(
      `update kassa_pos_checkout_key set lease_until = now() + make_interval(secs => ?)
        where key ${IN_LIST} and owner = ? and status = 'pending' and deleted_at is null`,
      [seconds, JSON.stringify(keys), owner]
    )
  }

  /** Checkouts whose owner stopped renewing their lease: begun, not finished, not running anywhere. */
  @InjectManager()
  async expiredCheckouts(limit: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `select id from kassa_pos_checkout_key where status = 'pending' and lease_until < now() and deleted_at is null order by lease_until limit ?`,
      [limit]
    )) as { id: string }[]
    return rows.map((r) => r.id)
  }

  /**
   * Takes an expired checkout over for `owner` (a new lease): its journal, or null when it
   * finished, was taken over by another instance, or is still leased.
   */
  @InjectManager()
  async takeOverCheckout(id: string, owner: string, seconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `update kassa_pos_checkout_key set owner = ?, lease_until = now() + make_interval(secs => ?), updated_at = now()
        where id = ? and status = 'pending' and lease_until < now() and deleted_at is null
        returning id, key, ticket_id, plan, stock`,
      [owner, seconds, id]
    )) as CheckoutJournal[]
    return row ?? null
  }

  /** Gives a pending checkout's key back (its checkout undone), if `owner` still holds it. */
  @InjectManager()
  async releaseCheckoutKey(id: string, owner: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(`delete from kassa_pos_checkout_key where id = ? and owner = ? and status = 'pending'`, [id, owner])
  }

  /** The branch's counter settings, created with the defaults on first use. */
  async settingsFor(stockLocationId: string) {
    const [found] = await this.listBranchSettings({ stock_location_id: stockLocationId })
    if (found) return found
    await this.ensureSettingsRow(stockLocationId)
    return (await this.listBranchSettings({ stock_location_id: stockLocationId }))[0]
  }

  @InjectTransactionManager()
  protected async ensureSettingsRow(stockLocationId: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.transactionManager!.execute(
      `insert into kassa_pos_branch_settings (id, stock_location_id) values ('ppbs_' || replace(gen_random_uuid()::text, '-', ''), ?)
       on conflict (stock_location_id) where deleted_at is null do nothing`,
      [stockLocationId]
    )
  }

  /**
   * The branch (stock location) of the ticket with this id, or of the sale of this order: what
   * every ticket and sale route is guarded at. One indexed read, without the ORM's ~2 ms of
   * CPU per call (bench/pos), on a path every scan onto a ticket and every checkout takes.
   */
  @InjectManager()
  async ticketLocation(by: { id: string } | { order_id: string }, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [column, value] = "id" in by ? ["id", by.id] : ["order_id", by.order_id]
    const [row] = (await ctx.manager!.execute(`select stock_location_id from kassa_pos_ticket where ${column} = ? and deleted_at is null limit 1`, [
      value,
    ])) as { stock_location_id: string }[]
    return row?.stock_location_id ?? null
  }

  /** The scan index's entries whose barcode, EAN, UPC or SKU is `code` (a SKU also in capitals). */
  @InjectManager()
  async scanEntriesByCode(code: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return (await ctx.manager!.execute(
      `select id, ${SCAN_ENTRY_COLUMNS.join(", ")} from kassa_pos_scan_entry
        where deleted_at is null and (barcode = ? or ean = ? or upc = ? or sku = ? or sku = ?)
        order by id limit 20`,
      [code, code, code, code, code.toUpperCase()]
    )) as ScanEntryFacts[]
  }

  /**
   * Writes scan index entries in one statement: new ones inserted, changed ones replaced, the
   * same ones left alone (a sweep re-checking the catalogue rewrites nothing that holds). An
   * entry read before the last one written (an older `source_updated_at`: two writers racing)
   * does not replace it.
   */
  @InjectTransactionManager()
  async putScanEntries(entries: ScanEntryFacts[], @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    if (!entries.length) return
    const columns = ["id", ...SCAN_ENTRY_COLUMNS]
    const types = { manage_inventory: "boolean", serialized: "boolean", archived: "boolean", options: "jsonb", source_updated_at: "timestamptz" } as Record<string, string>
    await ctx.transactionManager!.execute(
      `insert into kassa_pos_scan_entry (${columns.join(", ")})
       select ${columns.join(", ")} from jsonb_to_recordset(?::jsonb) as e(${columns.map((c) => `${c} ${types[c] ?? "text"}`).join(", ")})
       on conflict (id) do update set ${SCAN_ENTRY_COLUMNS.map((c) => `${c} = excluded.${c}`).join(", ")}, deleted_at = null, updated_at = now()
        where excluded.source_updated_at >= kassa_pos_scan_entry.source_updated_at
          and (${SCAN_ENTRY_COLUMNS.map((c) => `kassa_pos_scan_entry.${c}`).join(", ")}, kassa_pos_scan_entry.deleted_at)
              is distinct from (${SCAN_ENTRY_COLUMNS.map((c) => `excluded.${c}`).join(", ")}, null)`,
      [JSON.stringify(entries)]
    )
  }

  /**
   * Removes scan index entries: of these variants; of these products' variants but `keep`; or
   * (a sweep's range) those with ids after `after` up to `through` (null: to the end) but `keep`.
   */
  @InjectTransactionManager()
  async dropScanEntries(
    by: { ids: string[] } | { product_ids: string[]; keep: string[] } | { after: string; through: string | null; keep: string[] },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    const [where, params] =
      "ids" in by
        ? [`id ${IN_LIST}`, [JSON.stringify(by.ids)]]
        : "product_ids" in by
          ? [`product_id ${IN_LIST} and id not ${IN_LIST}`, [JSON.stringify(by.product_ids), JSON.stringify(by.keep)]]
          : [`id > ? and (?::text is null or id <= ?) and id not ${IN_LIST}`, [by.after, by.through, by.through, JSON.stringify(by.keep)]]
    await ctx.transactionManager!.execute(`delete from kassa_pos_scan_entry where ${where}`, params)
  }

  /** Each agent's orders, commission base and commission at a branch over a period. */
  @InjectManager()
  async commissionTotals(
    filters: { stock_location_id: string; from: Date; to: Date; staff_member_id?: string },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ staff_member_id: string; orders: number; base_total: string; commission_total: string }[]> {
    const rows = (await ctx.manager!.execute(
      `select staff_member_id, count(*)::int as orders, sum(base_amount)::text as base_total, sum(amount)::text as commission_total
         from kassa_pos_commission
        where deleted_at is null and stock_location_id = ? and created_at >= ? and created_at < ?
          ${filters.staff_member_id ? "and staff_member_id = ?" : ""}
        group by staff_member_id order by sum(amount) desc`,
      [filters.stock_location_id, filters.from, filters.to, ...(filters.staff_member_id ? [filters.staff_member_id] : [])]
    )) as { staff_member_id: string; orders: number; base_total: string; commission_total: string }[]
    return rows
  }

  /**
   * Completes a sale in one transaction: takes the branch's next receipt number (its settings
   * row locked until commit, so two registers never get the same one and a rollback gives it
   * back), records the sale's tenders and the agent's commission, marks the ticket completed
   * with its order, and settles the idempotency key.
   */
  @InjectTransactionManager()
  async completeSale(
    input: {
      ticket_id: string
      order_id: string
      stock_location_id: string
      branch_code: string
      time_zone: string
      checkout_key: string
      /** The instance running the checkout (its key's owner). */
      owner: string
      at: Date
      drawer_session_id: string
      totals: { total: number; tax_total: number; discount_total: number }
      tenders: TenderRow[]
      commission: CommissionRow | null
    },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<string> {
    const em = ctx.transactionManager!
    // Shared lock: a close running now waits for this sale, or this sale sees the drawer closed.
    const [drawer] = (await em.execute(`select status from kassa_pos_drawer_session where id = ? for share`, [input.drawer_session_id])) as { status: string }[]
    if (drawer?.status !== "open") throw new MedusaError(MedusaError.Types.CONFLICT, "The register's cash drawer was closed meanwhile: open a new session and retry")
    // Everything that does not need the receipt number first: the branch's counter row stays
    // locked from its read to the commit, and every register of the branch waits on it.
    await this.createTenders(input.tenders, ctx)
    if (input.commission) await this.createCommissions(input.commission, ctx)
    // The sale's commit point: only the instance that still holds the key may complete it
    // (recovery may have taken an expired one over and be undoing it).
    const settled = (await em.execute(
      `update kassa_pos_checkout_key set status = 'completed', order_id = ?, lease_until = null, updated_at = now()
        where key = ? and owner = ? and status = 'pending' and deleted_at is null returning id`,
      [input.order_id, input.checkout_key, input.owner]
    )) as unknown[]
    if (!settled.length) throw new MedusaError(MedusaError.Types.CONFLICT, `The checkout with the key ${input.checkout_key} was taken over by recovery: retry it`)
    const counterRow = async () =>
      ((await em.execute(
        `select receipt_pattern, receipt_period, receipt_last from kassa_pos_branch_settings where stock_location_id = ? and deleted_at is null for update`,
        [input.stock_location_id]
      )) as SettingsRow[])[0]
    // The checkout read the settings (creating them on first use), so the row is there but for a race with their removal.
    let row = await counterRow()
    if (!row) {
      await this.ensureSettingsRow(input.stock_location_id, ctx)
      row = await counterRow()
    }
    const { period, format } = receiptParts(row.receipt_pattern, input.branch_code, input.at, input.time_zone)
    const next = row.receipt_period === period ? Number(row.receipt_last) + 1 : 1
    const receipt = format(next)
    await em.execute(
      `update kassa_pos_branch_settings set receipt_period = ?, receipt_last = ?, updated_at = now() where stock_location_id = ? and deleted_at is null`,
      [period, next, input.stock_location_id]
    )
    const updated = (await em.execute(
      `update kassa_pos_ticket set status = 'completed', order_id = ?, receipt_number = ?, completed_at = ?, drawer_session_id = ?,
              sale_total = ?, raw_sale_total = ?, sale_tax_total = ?, raw_sale_tax_total = ?, sale_discount_total = ?, raw_sale_discount_total = ?,
              updated_at = now()
        where id = ? and status in ('open', 'parked') returning id`,
      [
        input.order_id,
        receipt,
        input.at,
        input.drawer_session_id,
        ...[input.totals.total, input.totals.tax_total, input.totals.discount_total].flatMap((n) => [n, JSON.stringify({ value: String(n), precision: 20 })]),
        input.ticket_id,
      ]
    )) as unknown[]
    if (!updated.length) throw new MedusaError(MedusaError.Types.CONFLICT, `Ticket ${input.ticket_id} was completed or voided meanwhile`)
    return receipt
  }

  /**
   * Closes an open drawer session at once (a second close, or a sale completing meanwhile, sees
   * it closed). Returns false when it was not open.
   */
  @InjectTransactionManager()
  async markDrawerClosed(id: string, closedBy: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.transactionManager!.execute(
      `update kassa_pos_drawer_session set status = 'closed', closed_by = ?, closed_at = now(), updated_at = now()
        where id = ? and status = 'open' and deleted_at is null returning id`,
      [closedBy, id]
    )) as unknown[]
    return rows.length > 0
  }

  /** The close's count and the Z report, numbered per register (one after another under a lock), together. */
  @InjectTransactionManager()
  async issueZReport(
    input: { session_id: string; register_id: string; stock_location_id: string; issued_by: string; figures: Record<string, unknown>; drawer: Record<string, unknown> },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    const em = ctx.transactionManager!
    await em.execute(`select pg_advisory_xact_lock(hashtext('kassa_pos_z_report:' || ?))`, [input.register_id])
    const [{ next }] = (await em.execute(
      `select coalesce(max(number), 0) + 1 as next from kassa_pos_z_report where register_id = ?`,
      [input.register_id]
    )) as { next: number }[]
    await this.updateDrawerSessions({ id: input.session_id, ...input.drawer }, ctx)
    const [report] = await this.createZReports(
      [{ register_id: input.register_id, stock_location_id: input.stock_location_id, session_id: input.session_id, number: Number(next), issued_by: input.issued_by, issued_at: new Date(), figures: input.figures }],
      ctx
    )
    return report
  }

  /**
   * Moves a return request on from `from` to `to` in one conditional update, so of two managers
   * deciding at once (or a manager and the expiry job) exactly one wins: the row's status is
   * checked and changed under PostgreSQL's row lock, never read first and written after. A
   * pending request past its expires_at cannot be decided. Null when it was not in `from` (any more).
   */
  @InjectManager()
  async moveReturnRequest(
    id: string,
    from: "pending" | "approved",
    to: { status: "approved" | "rejected" | "completed"; decided_by?: string; decision_note?: string | null; return_record_id?: string; completed_by?: string },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    const decided = to.status !== "completed"
    const [row] = (await ctx.manager!.execute(
      `update kassa_pos_return_request
          set status = ?, updated_at = now(),
              ${decided ? "decided_by = ?, decided_at = now(), decision_note = ?" : "return_record_id = ?, completed_by = ?, completed_at = now()"}
        where id = ? and status = ? and deleted_at is null ${from === "pending" ? "and expires_at > now()" : ""}
        returning id`,
      [to.status, ...(decided ? [to.decided_by, to.decision_note ?? null] : [to.return_record_id, to.completed_by]), id, from]
    )) as { id: string }[]
    return row?.id ?? null
  }

  /** Pending return requests past their expires_at become expired (the job's sweep); their ids. */
  @InjectManager()
  async expireReturnRequests(@MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `update kassa_pos_return_request set status = 'expired', updated_at = now()
        where status = 'pending' and expires_at <= now() and deleted_at is null returning id`
    )) as { id: string }[]
    return rows.map((r) => r.id)
  }
}

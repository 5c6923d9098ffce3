import type { BranchScope } from "@kassa/core/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger } from "@medusajs/framework/types"
import { currentAuditContext } from "./request-context"

/** One line of the log, as stored. */
export type AuditEntry = {
  seq: number
  occurred_at: Date
  recorded_at: Date
  actor_type: string
  actor_id: string | null
  actor_name: string | null
  action: string
  entity_type: string
  entity_id: string | null
  changes: Record<string, { before: unknown; after: unknown }>
  branch_id: string | null
  related_ids: string[]
  ip: string | null
  user_agent: string | null
  correlation_id: string | null
  /** Why, when the request said (header X-Kassa-Reason): "cost changed from supplier's invoice". */
  reason: string | null
  prev_hash: string
  hash: string
}

/** An event the app records itself (sign-ins, refusals, PIN overrides): no table row changed. */
export type AuditEvent = {
  action: string
  entity_type: string
  entity_id?: string | null
  changes?: Record<string, unknown>
  actor_type?: string
  actor_id?: string | null
  actor_name?: string | null
  branch_id?: string | null
}

export type AuditFilters = {
  from?: Date
  to?: Date
  actor_id?: string
  action?: string
  entity_type?: string
  entity_id?: string
  branch_id?: string
  q?: string
  /** Staff of some branches see those branches' entries and the ones tied to no branch (absent: all). */
  branches?: BranchScope
}

export type VerifyResult = {
  ok: boolean
  checked: number
  broken: { seq: number; problem: string } | null
  head: { seq: number; hash: string } | null
}

const COLUMNS = `seq::int8 as seq, occurred_at, recorded_at, actor_type, actor_id, actor_name, action, entity_type, entity_id,
  changes, branch_id, related_ids, ip, user_agent, correlation_id, reason, prev_hash, hash`
const SEARCH = `(coalesce(actor_name, '') || ' ' || coalesce(entity_id, '') || ' ' || action || ' ' || entity_type)`
const CHAIN_BATCH = 5000
const CHAIN_EVERY_MS = 1000

const toEntry = (row: AuditEntry & { seq: string | number }): AuditEntry => ({ ...row, seq: Number(row.seq) })

/**
 * The audit log. Capture happens in the database (see sql/schema.ts); this service records the
 * app's own events, chains what was captured, and reads, exports and verifies the log.
 */
export default class AuditModuleService {
  protected knex: Knex
  protected logger: Logger
  protected timer: NodeJS.Timeout | null = null

  constructor({ __pg_connection__, logger }: { __pg_connection__: Knex; logger: Logger }) {
    this.knex = __pg_connection__
    this.logger = logger
  }

  __hooks = {
    // Entries are chained within about a second of their commit; readers chain first anyway.
    onApplicationStart: async () => {
      this.timer = setInterval(() => {
        this.chain().catch((e) => this.logger.warn(`Audit chain: ${e.message}`))
      }, CHAIN_EVERY_MS)
      this.timer.unref()
    },
    onApplicationShutdown: async () => {
      if (this.timer) clearInterval(this.timer)
      this.timer = null
    },
  }

  /** Queues app events with the current request's actor, IP, user agent and correlation id. */
  async record(events: AuditEvent[]): Promise<void> {
    if (!events.length) return
    const ctx = currentAuditContext()
    await this.knex("kassa_audit_pending").insert(
      events.map((e) => ({
        actor_type: e.actor_type ?? ctx?.actor_type ?? "system",
        actor_id: e.actor_id ?? ctx?.actor_id ?? null,
        actor_name: e.actor_name ?? null,
        action: e.action,
        entity_type: e.entity_type,
        entity_id: e.entity_id ?? null,
        changes: JSON.stringify(e.changes ?? {}),
        branch_id: e.branch_id ?? ctx?.branch_id ?? null,
        ip: ctx?.ip ?? null,
        user_agent: ctx?.user_agent ?? null,
        correlation_id: ctx?.correlation_id ?? null,
        reason: ctx?.reason ?? null,
      }))
    )
  }

  /** Chains everything committed so far; returns how many entries it added. */
  async chain(): Promise<number> {
    let total = 0
    for (;;) {
      const { rows } = await this.knex.raw(`select kassa_audit_chain(?) as n`, [CHAIN_BATCH])
      const n = Number(rows[0].n)
      if (n < 0) {
        // Another instance is chaining: wait for it, so a reader still sees its own writes.
        await this.knex.raw(`select pg_advisory_lock(hashtext('kassa_audit_chain')), pg_advisory_unlock(hashtext('kassa_audit_chain'))`)
        continue
      }
      total += n
      if (n < CHAIN_BATCH) return total
    }
  }

  /**
   * A date range as a range of seq too, so a filter's (column, seq) index can serve it: entries
   * are chained in commit order, which trails the capture time by at most a transaction's length,
   * so the bounds are taken an hour wide and the exact times still filter.
   */
  private async seqRange(f: AuditFilters): Promise<{ from?: number; to?: number }> {
    const hour = 3600_000
    const [first, last] = await Promise.all([
      f.from
        ? this.knex("kassa_audit_entry").select("seq").where("occurred_at", ">=", new Date(f.from.getTime() - hour)).orderBy("occurred_at", "asc").first()
        : undefined,
      f.to
        ? this.knex("kassa_audit_entry").select("seq").where("occurred_at", "<", new Date(f.to.getTime() + hour)).orderBy("occurred_at", "desc").first()
        : undefined,
    ])
    // No entry late enough (or early enough): an empty range, not a scan of the whole log.
    return { from: first ? Number(first.seq) : f.from ? Number.MAX_SAFE_INTEGER : undefined, to: last ? Number(last.seq) : f.to ? 0 : undefined }
  }

  private where(q: Knex.QueryBuilder, f: AuditFilters, seqs: { from?: number; to?: number } = {}) {
    if (f.from) q.where("occurred_at", ">=", f.from)
    if (f.to) q.where("occurred_at", "<", f.to)
    if (seqs.from !== undefined) q.where("seq", ">=", seqs.from)
    if (seqs.to !== undefined) q.where("seq", "<=", seqs.to)
    if (f.actor_id) q.where("actor_id", f.actor_id)
    if (f.action) q.where("action", f.action)
    if (f.entity_type) q.where("entity_type", f.entity_type)
    if (f.entity_id) q.where("entity_id", f.entity_id)
    if (f.branch_id) q.where("branch_id", f.branch_id)
    if (f.q) q.whereRaw(`${SEARCH} ilike ?`, [`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`])
    if (f.branches && !f.branches.all) {
      const { ids } = f.branches
      q.where((w) => w.whereIn("branch_id", ids).orWhereNull("branch_id"))
    }
    return q
  }

  /** Newest first, `limit` at a time; `before` is the previous page's next_cursor (a seq). */
  async list(filters: AuditFilters, page: { before?: number; limit: number }) {
    await this.chain()
    // The page's seqs first, then its rows: selecting seq alone lets PostgreSQL answer from a
    // filter's (column, seq) index; with every column it would rather walk the newest entries,
    // which is slow when the matches are months back.
    const q = this.where(this.knex("kassa_audit_entry").select("seq"), filters, await this.seqRange(filters))
    if (page.before) q.where("seq", "<", page.before)
    const seqs = (await q.orderBy("seq", "desc").limit(page.limit + 1)).map((r: { seq: string }) => r.seq)
    const rows = seqs.length
      ? ((await this.knex("kassa_audit_entry").select(this.knex.raw(COLUMNS)).whereIn("seq", seqs).orderBy("seq", "desc")) as AuditEntry[])
      : []
    const entries = rows.slice(0, page.limit).map(toEntry)
    return { entries, next_cursor: rows.length > page.limit ? entries[entries.length - 1].seq : null }
  }

  async retrieve(seq: number): Promise<AuditEntry | null> {
    await this.chain()
    const row = await this.knex("kassa_audit_entry").select(this.knex.raw(COLUMNS)).where("seq", seq).first()
    return row ? toEntry(row) : null
  }

  /** The filtered log, oldest first, in pages read by keyset: constant memory for any size. */
  async *stream(filters: AuditFilters, batch = 2000): AsyncGenerator<AuditEntry[]> {
    await this.chain()
    let after = 0
    const seqs = await this.seqRange(filters)
    for (;;) {
      const q = this.where(this.knex("kassa_audit_entry").select(this.knex.raw(COLUMNS)), filters, seqs)
      const rows = (await q.where("seq", ">", after).orderBy("seq", "asc").limit(batch)).map(toEntry)
      if (!rows.length) return
      yield rows
      after = rows[rows.length - 1].seq
      if (rows.length < batch) return
    }
  }

  /** The record's own entries and those of rows tied to it, newest first. */
  async history(ids: string[], { branches, limit = 100 }: { branches?: BranchScope; limit?: number } = {}) {
    if (!ids.length) return []
    await this.chain()
    const q = this.where(this.knex("kassa_audit_entry").select(this.knex.raw(COLUMNS)), { branches })
    const rows = await q
      .where((w) => w.whereIn("entity_id", ids).orWhereRaw("related_ids && ?::text[]", [ids]))
      .orderBy("seq", "desc")
      .limit(limit)
    return rows.map(toEntry)
  }

  /** Walks the whole chain and reports the first entry that does not hold. */
  async verify(): Promise<VerifyResult> {
    await this.chain()
    const { rows: broken } = await this.knex.raw(`select seq::int8 as seq, problem from kassa_audit_verify()`)
    const head = await this.knex("kassa_audit_entry").select(this.knex.raw("seq::int8 as seq"), "hash").orderBy("seq", "desc").first()
    const { rows: count } = await this.knex.raw(`select count(*)::int8 as n from kassa_audit_entry`)
    return {
      ok: broken.length === 0,
      checked: Number(count[0].n),
      broken: broken[0] ? { seq: Number(broken[0].seq), problem: broken[0].problem } : null,
      head: head ? { seq: Number(head.seq), hash: head.hash } : null,
    }
  }

  /** The entity types being captured (from the triggers in place) and the app's own. */
  async entityTypes(): Promise<string[]> {
    const { rows } = await this.knex.raw(`
      select distinct split_part(encode(tgargs, 'escape'), '\\000', 1) as entity
        from pg_trigger where tgname = 'kassa_audit_capture' order by 1`)
    return [...new Set([...rows.map((r: { entity: string }) => r.entity), "auth", "route", "staff_member"])].sort()
  }
}

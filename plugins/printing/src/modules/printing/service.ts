import type { Context, Logger } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { DEFAULT_NUMBERING, type BarcodeNumbering } from "../../barcodes/numbering"
import { startPrintQueue, stopPrintQueue } from "../../queue/print-queue"
import { PrintJob, PrintRoute, Printer } from "./models"

/** A job as the worker takes it: what to send, where, and how many tries it has had (this one counted). */
export type ClaimedJob = {
  id: string
  printer_id: string
  payload: string
  attempts: number
  max_attempts: number
  host: string
  port: number
}

type ClaimedRow = ClaimedJob & { is_active: boolean; kind: string; printer_deleted_at: Date | null }

/**
 * Printers and the print queue. The queue's writes are single statements that say who may make
 * them (the worker holding the job's lease), so two workers — two server instances, or a worker
 * and a restart — never print one job at once or record each other's outcome.
 */
export default class PrintingModuleService extends MedusaService({ Printer, PrintJob, PrintRoute }) {
  __hooks = {
    // Jobs the last run left queued (a printer that was off, a restart mid-send) print as the
    // server starts, not at the minute job's first tick.
    onApplicationStart: async () => {
      const { logger } = (this as unknown as { __container__: { logger: Logger } }).__container__
      void startPrintQueue(this, logger)
    },
    onApplicationShutdown: async () => stopPrintQueue(),
  }

  /**
   * Takes the oldest job that is due — pending and past its retry wait, or left `printing` by a
   * worker whose lease ran out — for `owner`, counting the attempt, and marks its printer busy
   * for the same lease: each printer gets one job at a time, oldest first. Job and printer rows
   * are locked together with `skip locked`, so workers on several instances claim side by side
   * without waiting on each other; a printer another worker has just taken fails the busy check
   * when its row is re-read under the lock (a check through a subquery would read the statement's
   * older snapshot and let two jobs of one printer through).
   */
  @InjectManager()
  async claimPrintJob(owner: string, leaseSeconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<ClaimedJob | null> {
    const [job] = (await ctx.manager!.execute(
      `with pick as (
         select c.id, c.printer_id, p.host, p.port, p.is_active, p.kind, p.deleted_at as printer_deleted_at
           from kassa_print_job c join kassa_printer p on p.id = c.printer_id
          where c.deleted_at is null
            and ((c.status = 'pending' and c.next_attempt_at <= now()) or (c.status = 'printing' and c.claimed_until < now()))
            and (p.busy_until is null or p.busy_until < now())
          order by c.created_at, c.id
          limit 1
          for update of c, p skip locked),
       busy as (
         update kassa_printer set busy_until = now() + make_interval(secs => ?) from pick where kassa_printer.id = pick.printer_id)
       update kassa_print_job j
          set status = 'printing', attempts = j.attempts + 1, claimed_by = ?, claimed_until = now() + make_interval(secs => ?), updated_at = now()
         from pick where j.id = pick.id
       returning j.id, j.printer_id, j.payload, j.attempts, j.max_attempts, pick.host, pick.port, pick.is_active, pick.kind, pick.printer_deleted_at`,
      [leaseSeconds, owner, leaseSeconds]
    )) as ClaimedRow[]
    if (!job) return null
    // The printer as it is now: a corrected address reaches the jobs already queued for it, and
    // a printer removed, switched off or made a browser or PDF printer in Kassa gets nothing more.
    const refusal = job.printer_deleted_at
      ? "The printer was removed"
      : !job.is_active
        ? "The printer is switched off in Kassa"
        : job.kind !== "network"
          ? `The printer is now a ${job.kind} printer: nothing is sent to it`
          : null
    if (refusal) {
      await this.finishPrintJob(job.id, owner, { ok: false, error: refusal, retryInSeconds: 0, final: true }, ctx)
      return this.claimPrintJob(owner, leaseSeconds, ctx)
    }
    const { id, printer_id, payload, attempts, max_attempts, host, port } = job
    return { id, printer_id, payload, attempts: Number(attempts), max_attempts: Number(max_attempts), host, port: Number(port) }
  }

  /**
   * Records an attempt's outcome, only while `owner` still holds the job: done, failed for good
   * (`final`, or its last attempt), or pending again after `retryInSeconds`. The printer is free
   * again and its status follows, in the same statement.
   */
  @InjectManager()
  async finishPrintJob(
    id: string,
    owner: string,
    outcome: { ok: true } | { ok: false; error: string; retryInSeconds: number; final?: boolean },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    const error = outcome.ok ? null : outcome.error.slice(0, 500)
    const retry = outcome.ok ? 0 : outcome.retryInSeconds
    const final = !outcome.ok && !!outcome.final
    const rows = (await ctx.manager!.execute(
      `with finished as (
         update kassa_print_job
            set status = case when ? then 'done' when ? or attempts >= max_attempts then 'failed' else 'pending' end,
                printed_at = case when ? then now() else printed_at end,
                last_error = ?, next_attempt_at = now() + make_interval(secs => ?),
                claimed_by = null, claimed_until = null, updated_at = now()
          where id = ? and claimed_by = ? and status = 'printing'
          returning printer_id, status)
       update kassa_printer p
          set busy_until = null,
              last_success_at = case when ? then now() else p.last_success_at end,
              last_error = case when ? then p.last_error else ? end,
              last_error_at = case when ? then p.last_error_at else now() end
         from finished where p.id = finished.printer_id
       returning finished.status`,
      [outcome.ok, final, outcome.ok, error, retry, id, owner, outcome.ok, outcome.ok, error, outcome.ok]
    )) as { status: string }[]
    return rows[0]?.status ?? null
  }

  /** When the queue next has something to do: the earliest retry, or the earliest lease to run out. */
  @InjectManager()
  async nextPrintJobDue(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Date | null> {
    const [row] = (await ctx.manager!.execute(
      `select least(
         (select min(next_attempt_at) from kassa_print_job where status = 'pending' and deleted_at is null),
         (select min(claimed_until) from kassa_print_job where status = 'printing' and deleted_at is null)) as due`
    )) as { due: Date | string | null }[]
    return row?.due ? new Date(row.due) : null
  }

  // ── The receipt logo this plugin kept before core held the store's logo: read once by the
  // migration script printing-logo-to-core.ts, which hands it to core. ──

  @InjectManager()
  async legacyLogoFileId(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<string | null> {
    const [row] = (await ctx.manager!.execute(`select logo_file_id from kassa_print_settings where id = ? and deleted_at is null`, [PRINT_SETTINGS_ID])) as {
      logo_file_id: string | null
    }[]
    return row?.logo_file_id ?? null
  }

  // ── Barcodes (src/barcodes): the store's numbering (one row) and a sequence per prefix. ──

  /** The store's barcode numbering, or the default (internal codes, assigned) until a manager sets it. */
  @InjectManager()
  async barcodeNumbering(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<BarcodeNumbering> {
    const [row] = (await ctx.manager!.execute(
      `select gs1_prefix, assign_on_create from kassa_barcode_settings where id = ? and deleted_at is null`,
      [BARCODE_SETTINGS_ID]
    )) as BarcodeNumbering[]
    return row ? { gs1_prefix: row.gs1_prefix, assign_on_create: row.assign_on_create } : { ...DEFAULT_NUMBERING }
  }

  /** Replaces the store's numbering; answers it as saved. */
  @InjectManager()
  async saveBarcodeNumbering(numbering: BarcodeNumbering, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<BarcodeNumbering> {
    const [row] = (await ctx.manager!.execute(
      `insert into kassa_barcode_settings (id, gs1_prefix, assign_on_create) values (?, ?, ?)
       on conflict (id) do update set gs1_prefix = excluded.gs1_prefix, assign_on_create = excluded.assign_on_create, updated_at = now(), deleted_at = null
       returning gs1_prefix, assign_on_create`,
      [BARCODE_SETTINGS_ID, numbering.gs1_prefix, numbering.assign_on_create]
    )) as BarcodeNumbering[]
    return { gs1_prefix: row.gs1_prefix, assign_on_create: row.assign_on_create }
  }

  /**
   * Reserves the next `count` numbers of `prefix`'s sequence and answers the last of them (the
   * first is `last - count + 1`). One statement: the upsert takes the sequence row's lock, so
   * concurrent callers (twenty product creations at once) line up and each gets its own range,
   * committed at once whatever becomes of the caller's workflow.
   */
  @InjectManager()
  async reserveBarcodeNumbers(prefix: string, count: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<number> {
    const [row] = (await ctx.manager!.execute(
      `insert into kassa_barcode_sequence (id, last_value) values (?, ?)
       on conflict (id) do update set last_value = kassa_barcode_sequence.last_value + excluded.last_value, updated_at = now()
       returning last_value`,
      [prefix, count]
    )) as { last_value: string | number }[]
    return Number(row.last_value)
  }
}

/** The store-wide numbering is one row with this id. */
const BARCODE_SETTINGS_ID = "bcset_store"
/** The store's print settings (the receipt logo) are one row with this id. */
const PRINT_SETTINGS_ID = "prset_store"

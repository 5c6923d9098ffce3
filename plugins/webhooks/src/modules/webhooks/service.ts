import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { Context, Logger } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { startDeliveryQueue, stopDeliveryQueue } from "../../delivery/queue"
import { WebhookDelivery, WebhookSubscription } from "./models"

/** A delivery as the worker takes it: what to send, where, signed with what; attempts count this one. */
export type ClaimedDelivery = { id: string; event_id: string; event_name: string; body: string; attempts: number; url: string; secret: string; is_active: boolean }

export type DeliveryOutcome = { ok: true; status_code: number } | { ok: false; status_code: number | null; error: string; retryInSeconds: number; final?: boolean }

/**
 * Subscriptions and the delivery queue. The queue's writes are single statements that name who
 * may make them (the worker holding the delivery's lease), so workers on several instances never
 * send one delivery at once or record each other's outcome.
 */
export default class WebhooksModuleService extends MedusaService({ WebhookSubscription, WebhookDelivery }) {
  __hooks = {
    // Deliveries the last run left queued go out as the server starts, not at the minute job's first tick.
    onApplicationStart: async () => {
      const { logger } = (this as unknown as { __container__: { logger: Logger } }).__container__
      void startDeliveryQueue(this, logger)
    },
    onApplicationShutdown: async () => stopDeliveryQueue(),
  }

  /** The event names some active subscription asks for (the capture's cheap first check). */
  @InjectManager()
  async subscribedEventNames(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Set<string>> {
    const rows = (await ctx.manager!.execute(
      `select distinct unnest(events) as name from kassa_webhook_subscription where is_active and deleted_at is null`
    )) as { name: string }[]
    return new Set(rows.map((r) => r.name))
  }

  /**
   * One delivery per active subscription to `name`, all with the same event id and body: the
   * event as each receiver gets it. `expires_at` is 24 hours on (`windowSeconds`). Answers how many.
   */
  @InjectManager()
  async enqueueEvent(name: string, data: unknown, windowSeconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<number> {
    const eventId = generateEntityId(undefined, "evt")
    const body = JSON.stringify({ id: eventId, event: name, created_at: new Date().toISOString(), data })
    const rows = (await ctx.manager!.execute(
      `insert into kassa_webhook_delivery (id, subscription_id, event_id, event_name, body, next_attempt_at, expires_at)
       select 'whdel_' || replace(gen_random_uuid()::text, '-', ''), s.id, ?, ?, ?, now(), now() + make_interval(secs => ?)
         from kassa_webhook_subscription s
        where s.is_active and s.deleted_at is null and ? = any(s.events)
       on conflict do nothing
       returning id`,
      [eventId, name, body, windowSeconds, name]
    )) as { id: string }[]
    return rows.length
  }

  /**
   * Takes the oldest due delivery — pending past its wait, or left `sending` by a worker whose
   * lease ran out — for `owner`, counting the attempt. Locked with `skip locked`, so workers on
   * several instances claim side by side.
   */
  @InjectManager()
  async claimDelivery(owner: string, leaseSeconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<ClaimedDelivery | null> {
    const [row] = (await ctx.manager!.execute(
      `with pick as (
         select d.id from kassa_webhook_delivery d
          where d.deleted_at is null
            and ((d.status = 'pending' and d.next_attempt_at <= now()) or (d.status = 'sending' and d.claimed_until < now()))
          order by d.next_attempt_at, d.id
          limit 1
          for update skip locked)
       update kassa_webhook_delivery d
          set status = 'sending', attempts = d.attempts + 1, claimed_by = ?, claimed_until = now() + make_interval(secs => ?), updated_at = now()
         from pick, kassa_webhook_subscription s
        where d.id = pick.id and s.id = d.subscription_id
       returning d.id, d.event_id, d.event_name, d.body, d.attempts, s.url, s.secret, (s.is_active and s.deleted_at is null) as is_active`,
      [owner, leaseSeconds]
    )) as ClaimedDelivery[]
    return row ? { ...row, attempts: Number(row.attempts) } : null
  }

  /**
   * Records an attempt's outcome while `owner` still holds the delivery: delivered, or pending
   * again after `retryInSeconds` — failed for good when that would be past `expires_at`, or `final`.
   */
  @InjectManager()
  async finishDelivery(id: string, owner: string, outcome: DeliveryOutcome, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const retry = outcome.ok ? 0 : outcome.retryInSeconds
    const final = !outcome.ok && !!outcome.final
    const rows = (await ctx.manager!.execute(
      `update kassa_webhook_delivery
          set status = case when ? then 'delivered' when ? or now() + make_interval(secs => ?) > expires_at then 'failed' else 'pending' end,
              delivered_at = case when ? then now() else delivered_at end,
              last_status_code = ?, last_error = ?, next_attempt_at = now() + make_interval(secs => ?),
              claimed_by = null, claimed_until = null, updated_at = now()
        where id = ? and claimed_by = ? and status = 'sending'
        returning status`,
      [outcome.ok, final, retry, outcome.ok, outcome.status_code, outcome.ok ? null : outcome.error.slice(0, 500), retry, id, owner]
    )) as { status: string }[]
    return rows[0]?.status ?? null
  }

  /** When the queue next has something to do: the earliest retry, or the earliest lease to run out. */
  @InjectManager()
  async nextDeliveryDue(@MedusaContext() ctx: Context<SqlEntityManager> = {}): Promise<Date | null> {
    const [row] = (await ctx.manager!.execute(
      `select least(
         (select min(next_attempt_at) from kassa_webhook_delivery where status = 'pending' and deleted_at is null),
         (select min(claimed_until) from kassa_webhook_delivery where status = 'sending' and deleted_at is null)) as due`
    )) as { due: Date | string | null }[]
    return row?.due ? new Date(row.due) : null
  }

  /**
   * Sends a delivery again now (a receiver that lost it, or one that failed for good), with a new
   * 24-hour window. A delivery being sent right now is left alone (null).
   */
  @InjectManager()
  async redeliver(id: string, windowSeconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `update kassa_webhook_delivery
          set status = 'pending', next_attempt_at = now(), expires_at = now() + make_interval(secs => ?), updated_at = now()
        where id = ? and deleted_at is null and status <> 'sending'
        returning id`,
      [windowSeconds, id]
    )) as { id: string }[]
    return row?.id ?? null
  }
}

import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { WorkRun } from "./models/work-run"

/** A run as its journal holds it. */
export type WorkRunRecord = {
  id: string
  kind: string
  key: string
  request_hash: string
  status: "pending" | "done" | "undone"
  owner: string | null
  lease_until: Date | null
  input: Record<string, unknown>
  facts: Record<string, unknown>
  response: unknown
  created_at: Date
}

const IN_LIST = "in (select value from jsonb_array_elements_text(?::jsonb))"
const COLUMNS = "id, kind, key, request_hash, status, owner, lease_until, input, facts, response, created_at"

/**
 * The work journal. Every write is one statement that says who may make it (the lease's owner,
 * a pending run), so two instances never both run, finish or undo one run.
 */
class WorkModuleService extends MedusaService({ WorkRun }) {
  /**
   * Takes the key for `owner` until the lease ends: the run's id, or null when another run holds
   * it (pending), finished it (done), or used it with another request. A run that was undone
   * (its workflow failed and compensated, or recovery undid it) is taken again by the same request.
   */
  @InjectManager()
  async claimWork(
    input: { kind: string; key: string; request_hash: string; input: Record<string, unknown>; owner: string; lease_seconds: number },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ) {
    const [claimed] = (await ctx.manager!.execute(
      `insert into kassa_work_run (id, kind, key, request_hash, owner, lease_until, input, facts)
       values (?, ?, ?, ?, ?, now() + make_interval(secs => ?), ?::jsonb, '{}')
       on conflict (kind, key) where deleted_at is null do update
          set status = 'pending', owner = excluded.owner, lease_until = excluded.lease_until, facts = '{}', response = null, updated_at = now()
        where kassa_work_run.status = 'undone' and kassa_work_run.request_hash = excluded.request_hash
       returning id`,
      [generateEntityId(undefined, "wrun"), input.kind, input.key, input.request_hash, input.owner, input.lease_seconds, JSON.stringify(input.input)]
    )) as { id: string }[]
    return claimed?.id ?? null
  }

  @InjectManager()
  async findWork(kind: string, key: string, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(`select ${COLUMNS} from kassa_work_run where kind = ? and key = ? and deleted_at is null`, [kind, key])) as WorkRunRecord[]
    return row ?? null
  }

  /** Moves on the leases of the runs `owner` is running. */
  @InjectManager()
  async renewWork(ids: string[], owner: string, seconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    await ctx.manager!.execute(
      `update kassa_work_run set lease_until = now() + make_interval(secs => ?) where id ${IN_LIST} and owner = ? and status = 'pending'`,
      [seconds, JSON.stringify(ids), owner]
    )
  }

  /** Runs whose owner stopped renewing their lease: begun, not finished, running nowhere. */
  @InjectManager()
  async expiredWork(limit: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    return (await ctx.manager!.execute(
      `select id, kind from kassa_work_run where status = 'pending' and lease_until < now() and deleted_at is null order by lease_until limit ?`,
      [limit]
    )) as { id: string; kind: string }[]
  }

  /** Takes an expired run over for `owner` (a new lease): the run, or null when it ended, is leased, or another took it. */
  @InjectManager()
  async takeOverWork(id: string, owner: string, seconds: number, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const [row] = (await ctx.manager!.execute(
      `update kassa_work_run set owner = ?, lease_until = now() + make_interval(secs => ?), updated_at = now()
        where id = ? and status = 'pending' and lease_until < now() and deleted_at is null returning ${COLUMNS}`,
      [owner, seconds, id]
    )) as WorkRunRecord[]
    return row ?? null
  }

  /** Adds facts to a run `owner` holds; refused (409) once it is no longer theirs. */
  @InjectManager()
  async recordWorkFacts(id: string, owner: string, facts: Record<string, unknown>, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `update kassa_work_run set facts = facts || ?::jsonb, updated_at = now() where id = ? and owner = ? and status = 'pending' returning id`,
      [JSON.stringify(facts), id, owner]
    )) as unknown[]
    if (!rows.length) throw new MedusaError(MedusaError.Types.CONFLICT, `Run ${id} is no longer this instance's: recovery took it over`)
  }

  /** Ends a run `owner` holds: done with the answer a retry gets, or undone. False when it is no longer theirs. */
  @InjectManager()
  async settleWork(id: string, owner: string, status: "done" | "undone", response: unknown, @MedusaContext() ctx: Context<SqlEntityManager> = {}) {
    const rows = (await ctx.manager!.execute(
      `update kassa_work_run set status = ?, response = ?::jsonb, lease_until = null, updated_at = now()
        where id = ? and owner = ? and status = 'pending' returning id`,
      [status, response === undefined ? null : JSON.stringify(response), id, owner]
    )) as unknown[]
    return rows.length > 0
  }
}

export default WorkModuleService

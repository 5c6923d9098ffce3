import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createHash, randomUUID } from "node:crypto"
import { WORK_MODULE } from "../modules/work"
import type WorkModuleService from "../modules/work/service"
import { INSTANCE_ID, LEASE_SECONDS, underLease } from "./lease"
import { recoverWork } from "./recoveries"

/** What a workflow's run({ throwOnError: false }) gives back, as far as the journal reads it. */
export type SettledRun<R> = { result: R; errors: { error: unknown }[]; transaction: { getState(): string } }

export type JournaledWork = {
  /** The workflow's name in the journal (its recovery is defined for it). */
  kind: string
  /**
   * The client's Idempotency-Key. Without one the run still has a journal (crash recovery) but a
   * key of its own: two equal requests may both be meant (a second unit returned, a second
   * payment of the same amount), so only the client can say that one is a retry.
   */
  key?: string | null
  /** The request as the workflow takes it: the same key with another input is refused. */
  input: Record<string, unknown>
}

const work = (container: MedusaContainer) => container.resolve<WorkModuleService>(WORK_MODULE)
const holder = (container: MedusaContainer) => ({ name: WORK_MODULE, renew: (ids: string[], owner: string, seconds: number) => work(container).renewWork(ids, owner, seconds) })
const underWay = (key: string) => new MedusaError(MedusaError.Types.CONFLICT, `A request with the key ${key} is already under way: retry it shortly`)

/**
 * Runs a money-moving workflow under the work journal: the key is claimed (leased to this
 * instance) before the workflow writes anything, and the run is settled after it — done with its
 * answer, or undone when the workflow failed and compensated. A retry with the same key and input
 * gets the same answer; while the run goes on, a 409; with another input, a 409 too. A run that a
 * crash left pending is recovered (finished or undone, by its kind's recovery) once its lease has
 * expired — by the sweep, or here by the retry that finds it — and an undone one runs again.
 *
 * `run` gets the run's id (steps record their facts under it) and runs the workflow with
 * throwOnError: false, so that a failure that compensated can be told from one that did not
 * (a compensation that failed leaves the run pending, for recovery).
 */
export async function runJournaled<R>(
  container: MedusaContainer,
  { kind, key: given, input }: JournaledWork,
  run: (journal: { id: string }) => Promise<SettledRun<R>>
): Promise<{ response: R; replayed: boolean }> {
  const request_hash = createHash("sha256").update(JSON.stringify(input)).digest("hex")
  const key = given || `unkeyed:${randomUUID()}`
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = await work(container).claimWork({ kind, key, request_hash, input, owner: INSTANCE_ID, lease_seconds: LEASE_SECONDS })
    if (id) return { response: await runClaimed(container, id, run), replayed: false }
    const seen = await work(container).findWork(kind, key)
    if (!seen) continue
    if (seen.request_hash !== request_hash) throw new MedusaError(MedusaError.Types.CONFLICT, `The idempotency key ${key} was used for a different request`)
    if (seen.status === "done") return { response: seen.response as R, replayed: true }
    if (seen.status === "undone") continue // undone meanwhile: claim it again
    if (!seen.lease_until || new Date(seen.lease_until) >= new Date()) throw underWay(key)
    const recovered = await recoverWork(container, seen.id, kind)
    if (recovered?.outcome === "done") return { response: recovered.response as R, replayed: true }
    if (!recovered) throw underWay(key)
  }
  throw underWay(key)
}

async function runClaimed<R>(container: MedusaContainer, id: string, run: (journal: { id: string }) => Promise<SettledRun<R>>) {
  const { result, errors, transaction } = await underLease(holder(container), id, () => run({ id }))
  if (errors.length) {
    // Compensated: nothing of the run is left, the key may be used again. Otherwise (a
    // compensation failed) the run stays pending, its lease runs out, and recovery takes it.
    if (transaction.getState() === "reverted") await work(container).settleWork(id, INSTANCE_ID, "undone", null)
    throw errors[0].error
  }
  if (!(await work(container).settleWork(id, INSTANCE_ID, "done", result))) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Run ${id} outlived its lease and was taken over by recovery: retry it`)
  }
  return result
}

/** Facts of a run this instance holds, recorded as a step goes (a Medusa return's id, "received"…). */
export const recordWorkFacts = (container: MedusaContainer, id: string, facts: Record<string, unknown>) => work(container).recordWorkFacts(id, INSTANCE_ID, facts)

type Raw = { raw(sql: string, bindings: unknown[]): Promise<{ rows: unknown[] }> }

/**
 * The same, on `trx`: another write's transaction (the stock levels'), so that the journal says
 * "moved" exactly when the move committed. Refused, failing the transaction, if the run is no
 * longer this instance's or the fact is already there (a move is never made twice for one run).
 * Nothing without a run (`id` unset: the workflow runs outside the journal).
 */
export async function recordWorkFactsOn(trx: Raw, id: string | undefined, facts: Record<string, unknown>) {
  if (!id) return
  const { rows } = await trx.raw(
    `update kassa_work_run set facts = facts || ?::jsonb, updated_at = now()
      where id = ? and owner = ? and status = 'pending' and not exists (select 1 from jsonb_object_keys(facts) k where k in (select jsonb_object_keys(?::jsonb)))
      returning id`,
    [JSON.stringify(facts), id, INSTANCE_ID, JSON.stringify(facts)]
  )
  if (!rows.length) throw new MedusaError(MedusaError.Types.CONFLICT, `Run ${id} is no longer this instance's, or already recorded ${Object.keys(facts).join(", ")}`)
}

/** Takes facts back out on `trx` (a move undone in the same transaction), if this instance holds the run; nothing without one. */
export async function forgetWorkFactsOn(trx: Raw, id: string | undefined, keys: string[]) {
  if (!id) return
  const minus = keys.map(() => " - ?::text").join("")
  await trx.raw(`update kassa_work_run set facts = facts${minus}, updated_at = now() where id = ? and owner = ? and status = 'pending'`, [...keys, id, INSTANCE_ID])
}

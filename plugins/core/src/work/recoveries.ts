import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WORK_MODULE } from "../modules/work"
import type WorkModuleService from "../modules/work/service"
import type { WorkRunRecord } from "../modules/work/service"
import { INSTANCE_ID, LEASE_SECONDS } from "./lease"

/** What a recovery made of an interrupted run: finished (with the answer a retry gets), or undone. */
export type WorkOutcome = { outcome: "done"; response: unknown } | { outcome: "undone" }

/**
 * Finishes or undoes a run whose lease expired, from its input and facts, while this instance
 * holds it (INSTANCE_ID). It must be safe to run again from any point: a recovery may die too.
 */
export type WorkRecovery = (container: MedusaContainer, run: WorkRunRecord) => Promise<WorkOutcome>

// On globalThis: a plugin's copy of the kit and core's own job see one registry.
const recoveries = ((globalThis as Record<symbol, unknown>)[Symbol.for("kassa.work.recoveries")] ??= new Map()) as Map<string, WorkRecovery>

/** Declares how runs of `kind` are recovered (a plugin's module loader calls it at boot). */
export function defineWorkRecovery(kind: string, recover: WorkRecovery) {
  recoveries.set(kind, recover)
}

/**
 * Recovers one run if its lease expired: takes it over (so a live run is never touched and two
 * recoveries never meet), runs its kind's recovery and settles it. Null when there was nothing to
 * do (finished, still leased, taken by another instance, or its plugin is not loaded here).
 */
export async function recoverWork(container: MedusaContainer, id: string, kind: string): Promise<WorkOutcome | null> {
  const recover = recoveries.get(kind)
  if (!recover) return null
  const work = container.resolve<WorkModuleService>(WORK_MODULE)
  const run = await work.takeOverWork(id, INSTANCE_ID, LEASE_SECONDS)
  if (!run) return null
  const outcome = await recover(container, run)
  await work.settleWork(id, INSTANCE_ID, outcome.outcome, outcome.outcome === "done" ? outcome.response : null)
  return outcome
}

/** Every run whose lease expired, recovered; one that fails is logged and tried again next sweep. */
export async function sweepWork(container: MedusaContainer) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const work = container.resolve<WorkModuleService>(WORK_MODULE)
  for (const { id, kind } of await work.expiredWork(100)) {
    await recoverWork(container, id, kind)
      .then((done) => done && logger.info(`Kassa: the interrupted ${kind} ${id} was ${done.outcome === "done" ? "finished" : "undone"}`))
      .catch((e: Error) => logger.warn(`Kassa: could not recover the interrupted ${kind} ${id} (${e.message}); trying again at the next sweep`))
  }
}

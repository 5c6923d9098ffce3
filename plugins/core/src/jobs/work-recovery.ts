import type { MedusaContainer } from "@medusajs/framework/types"
import { sweepWork } from "../work/recoveries"

/**
 * Finishes or undoes the money-moving runs (returns, voids, collections…) that began and did
 * not finish and that no instance runs any more (their lease expired): after a crash, and on a
 * running cluster for an instance that died. Every KASSA_WORK_SWEEP_SECONDS (60 by default).
 */
export default async function workRecoveryJob(container: MedusaContainer) {
  await sweepWork(container)
}

export const config = { name: "kassa-work-recovery", schedule: { interval: Math.max(Number(process.env.KASSA_WORK_SWEEP_SECONDS) || 60, 1) * 1000 } }

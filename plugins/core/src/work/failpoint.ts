import { writeSync } from "node:fs"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

// Read once: a failpoint is chosen for a whole server run.
const ARMED = process.env.KASSA_FAILPOINT || null

/**
 * The crash-test seam: with KASSA_FAILPOINT=<name>, the process kills itself (SIGKILL: no
 * compensation, no finally) when it reaches `failpoint(name)`; otherwise nothing. Placed between
 * two commits of a workflow, it makes the crash the recovery must survive.
 */
export function failpoint(name: string) {
  if (name !== ARMED) return
  writeSync(2, `KASSA_FAILPOINT ${name}: killing process ${process.pid}\n`)
  process.kill(process.pid, "SIGKILL")
}

/** failpoint(name) as a step, between two steps of a workflow; give each use its own name with .config({ name }). */
export const failpointStep = createStep("kassa-failpoint", async ({ name }: { name: string }) => {
  failpoint(name)
  return new StepResponse(name)
})

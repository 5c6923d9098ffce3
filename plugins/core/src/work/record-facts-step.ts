import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordWorkFacts } from "./run-journaled"

/**
 * Records facts of the workflow's run in the work journal (nothing when the workflow runs
 * without one): what recovery needs to finish the run, once it is worth finishing. Give each use
 * its own name with .config({ name }).
 */
export const recordWorkFactsStep = createStep("kassa-record-work-facts", async ({ id, facts }: { id?: string | null; facts: Record<string, unknown> }, { container }) => {
  if (id) await recordWorkFacts(container, id, facts)
  return new StepResponse(!!id)
})

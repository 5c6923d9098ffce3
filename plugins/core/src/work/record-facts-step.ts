import { generateEntityId } from "@medusajs/framework/utils"
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

/**
 * Chooses the id a later step gives what it writes (`prefix`), and records it as the fact `fact`
 * before that write, so recovery can tell whether the write happened. A step, not a transform:
 * a transform is evaluated again for each step that reads it, and would give each another id.
 */
export const planWorkIdStep = createStep(
  "kassa-plan-work-id",
  async ({ id, fact, prefix }: { id?: string | null; fact: string; prefix: string }, { container }) => {
    const planned = generateEntityId(undefined, prefix)
    if (id) await recordWorkFacts(container, id, { [fact]: planned })
    return new StepResponse(planned)
  }
)

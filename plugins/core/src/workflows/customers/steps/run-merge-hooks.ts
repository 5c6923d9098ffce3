import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerMergeHooks, type CustomerMergeContext } from "../../../customers/merge-hooks"

type Input = { from: string; into: string; merge_id: string; merged_by: string; reason: string }
type Done = { id: string; data: unknown }

const undoAll = async (done: Done[], ctx: CustomerMergeContext) => {
  const hooks = new Map(customerMergeHooks().map((h) => [h.id, h]))
  // Last moved, first put back: a later hook may have built on an earlier one's rows.
  for (const d of [...done].reverse()) await hooks.get(d.id)?.undo(d.data, ctx)
}

/**
 * Every plugin's merge hook (defineCustomerMergeHook), one after another. A hook that throws
 * has the hooks before it undone here, since a failed step's own compensation does not run;
 * once all have run, a later step's failure undoes them all through this step's compensation.
 */
export const runMergeHooksStep = createStep(
  "kassa-merge-run-hooks",
  async (input: Input, { container }) => {
    const ctx: CustomerMergeContext = { container, merge_id: input.merge_id, merged_by: input.merged_by, reason: input.reason }
    const done: Done[] = []
    const moved: Record<string, unknown> = {}
    for (const hook of customerMergeHooks()) {
      try {
        const data = await hook.merge(input.from, input.into, ctx)
        done.push({ id: hook.id, data })
        moved[hook.id] = data ?? null
      } catch (e) {
        await undoAll(done, ctx)
        throw e
      }
    }
    return new StepResponse(moved, { done, input })
  },
  async (undo, { container }) => {
    if (!undo?.done.length) return
    const { input } = undo
    await undoAll(undo.done, { container, merge_id: input.merge_id, merged_by: input.merged_by, reason: input.reason })
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CountEntry } from "../../../modules/stock/count-moves"
import { raiseStockStep } from "../../receiving/steps/raise-stock"
import { closeCountStep, recordCountedStep, startCountStep, type StartCountInput } from "../steps/count-steps"

export const startCountWorkflow = createWorkflow("kassa-stock-start-count", (input: StartCountInput) => new WorkflowResponse(startCountStep(input)))

export const recordCountedWorkflow = createWorkflow("kassa-stock-record-counted", (input: { id: string; entries: CountEntry[] }) => new WorkflowResponse(recordCountedStep(input)))

/**
 * A manager approves a count: each counted line's variance moves its level (through the
 * counter's row-locked level move), the audit entries naming the count and the reason.
 */
export const approveCountWorkflow = createWorkflow("kassa-stock-approve-count", (input: { id: string; by: string | null; reason: string }) => {
  const closed = closeCountStep(transform({ input }, ({ input }) => ({ id: input.id, to: "approved" as const, by: input.by, reason: input.reason })))
  raiseStockStep(
    transform({ closed, input }, ({ closed, input }) => ({
      location_id: closed.location_id,
      moves: closed.moves,
      document: `Stock count ${closed.number} approved (${input.id}): ${input.reason}`,
    }))
  )
  return new WorkflowResponse(closed)
})

export const cancelCountWorkflow = createWorkflow("kassa-stock-cancel-count", (input: { id: string; by: string | null; reason: string | null }) =>
  new WorkflowResponse(closeCountStep(transform({ input }, ({ input }) => ({ ...input, to: "canceled" as const }))))
)

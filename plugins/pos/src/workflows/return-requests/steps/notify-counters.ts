import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notifyBranchCounters } from "../../../display/channel"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

/**
 * Tells the counters at a return request's branch, on every server instance, that its requests
 * changed (the feed they follow). Last in its workflow, after what it announces is done; a notice
 * that cannot be sent leaves the counters to their next periodic read rather than failing the
 * decision.
 */
export const notifyCountersStep = createStep("kassa-pos-notify-counters", async (input: { return_request_id: string }, { container }) => {
  try {
    const [request] = await container.resolve<PosModuleService>(POS_MODULE).listReturnRequests({ id: input.return_request_id }, { select: ["stock_location_id"] })
    if (request) await notifyBranchCounters(container, { stock_location_id: request.stock_location_id, topic: "return_requests" })
  } catch (e) {
    container.resolve("logger").warn(`POS: the counters were not told of return request ${input.return_request_id}: ${(e as Error).message}`)
  }
  return new StepResponse(null)
})

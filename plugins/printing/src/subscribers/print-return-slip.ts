import { isPluginOn } from "@kassa/core/kit"
import { POS_RETURN_COMPLETED, type PosReturnCompletedData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainPrintQueue } from "../queue/print-queue"
import { printReturnSlipWorkflow } from "../workflows/printing"

/**
 * A counter return's refund slip goes to the printer the branch routes `return_slip` to (none
 * routed: the counter prints it from the browser). The return is done: a failure here fails only
 * the print, logged.
 */
export default async function printReturnSlip({ event, container }: SubscriberArgs<PosReturnCompletedData>) {
  try {
    if (!(await isPluginOn(container, "printing", event.data.stock_location_id))) return
    const { result: job } = await printReturnSlipWorkflow(container).run({
      input: { return_id: event.data.id, stock_location_id: event.data.stock_location_id, register_id: event.data.register_id, created_by: event.data.created_by },
    })
    if (job) void drainPrintQueue(container)
  } catch (e) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Printing: the refund slip of ${event.data.number} was not queued (${(e as Error).message})`)
  }
}

export const config: SubscriberConfig = { event: POS_RETURN_COMPLETED }

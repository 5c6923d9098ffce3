import { DOCUMENT_READY, isPluginOn, type ReadyDocument } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { drainPrintQueue } from "../queue/print-queue"
import { printDocumentWorkflow } from "../workflows/printing"

/**
 * A plugin's slip is ready (POS's Z report, a warranty claim slip, an installment payment slip):
 * it goes to the printer the branch routes its task to, and nowhere when none is (the browser
 * prints it as before). What made the slip is done: a failure here fails only the print, logged.
 */
export default async function printDocument({ event, container }: SubscriberArgs<ReadyDocument>) {
  try {
    if (!(await isPluginOn(container, "printing", event.data.stock_location_id))) return
    const { result: job } = await printDocumentWorkflow(container).run({ input: event.data })
    if (job) void drainPrintQueue(container)
  } catch (e) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Printing: the ${event.data.task} ${event.data.reference} was not queued (${(e as Error).message})`)
  }
}

export const config: SubscriberConfig = { event: DOCUMENT_READY }

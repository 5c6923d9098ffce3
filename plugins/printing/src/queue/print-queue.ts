import { INSTANCE_ID, leasedQueue } from "@kassa/core/kit"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../modules/printing/key"
import type PrintingModuleService from "../modules/printing/service"
import type { ClaimedJob } from "../modules/printing/service"
import { sendToPrinter } from "./send"
import { leaseSeconds, printTimeoutMs, retryDelaySeconds } from "./settings"

/**
 * The print queue's worker in this process (core's leasedQueue). Jobs live in the database
 * (kassa_print_job), so nothing is lost with the process. It looks as the server starts (jobs
 * left queued by the last run: the module's start hook), when a job is queued here
 * (`drainPrintQueue` after the enqueuing workflow), when a job it sent finishes (the printer is
 * free for its next one), at the earliest retry or lease end, and every minute from the scheduled
 * job (jobs queued by another instance, or left by a crashed one).
 *
 * Each claimed job is sent without waiting for the others: a printer that is off (a connect that
 * times out) holds up only its own jobs. A send that succeeded but whose "done" was not recorded
 * (a crash in between) is printed again once its lease ends: at least once, never lost.
 */
const queue = leasedQueue<PrintingModuleService, ClaimedJob>({
  name: "Printing: the print queue",
  claim: (printing) => printing.claimPrintJob(INSTANCE_ID, leaseSeconds()),
  work: send,
  nextDue: (printing) => printing.nextPrintJobDue(),
})

export function drainPrintQueue(container: MedusaContainer): Promise<void> {
  return queue.start(container.resolve<PrintingModuleService>(PRINTING_MODULE), container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
}

/** Looks at the queue now with the module's own service: what the server's start does. */
export const startPrintQueue = (printing: PrintingModuleService, logger: Logger) => queue.start(printing, logger)

/**
 * Stops looking (the module's shutdown hook, and the module's own tests, which claim jobs
 * themselves): a drain under way claims nothing more; what it sent still records its outcome.
 */
export const stopPrintQueue = () => queue.stop()

async function send(printing: PrintingModuleService, job: ClaimedJob) {
  let outcome: Parameters<PrintingModuleService["finishPrintJob"]>[2]
  try {
    await sendToPrinter(job, Buffer.from(job.payload, "base64"), printTimeoutMs())
    outcome = { ok: true }
  } catch (e) {
    outcome = { ok: false, error: (e as Error).message, retryInSeconds: retryDelaySeconds(job.attempts) }
  }
  await printing.finishPrintJob(job.id, INSTANCE_ID, outcome).catch(() => undefined)
}

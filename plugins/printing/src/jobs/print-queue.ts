import type { MedusaContainer } from "@medusajs/framework/types"
import { drainPrintQueue } from "../queue/print-queue"

/**
 * Every minute, the queue is looked at even if nothing here queued a job: after a restart, jobs
 * another instance queued, and jobs whose worker died (their lease ran out) are printed.
 */
export default async function printQueueJob(container: MedusaContainer) {
  await drainPrintQueue(container)
}

export const config = { name: "kassa-printing-queue", schedule: "* * * * *" }

import { INSTANCE_ID } from "@kassa/core/kit"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../modules/printing/key"
import type PrintingModuleService from "../modules/printing/service"
import type { ClaimedJob } from "../modules/printing/service"
import { sendToPrinter } from "./send"
import { leaseSeconds, printTimeoutMs, retryDelaySeconds } from "./settings"

/**
 * The print queue's worker in this process. Jobs live in the database (kassa_print_job), so
 * nothing is lost with the process; this only decides when to look. It looks as the server
 * starts (jobs left queued by the last run: `startPrintQueue`, from the module's start hook),
 * when a job is queued here (`drainPrintQueue` after the enqueuing workflow), when a job it sent
 * finishes (the printer is free for its next one), at the earliest retry or lease end it knows
 * of, and every minute from the scheduled job (jobs queued by another instance, or left by a
 * crashed one).
 *
 * Each claimed job is sent without waiting for the others: a printer that is off (a connect that
 * times out) holds up only its own jobs. A send that succeeded but whose "done" was not recorded
 * (a crash in between) is printed again once its lease ends: at least once, never lost.
 */
const state = {
  printing: null as PrintingModuleService | null,
  logger: null as Logger | null,
  draining: false,
  again: false,
  wake: null as { at: number; timer: NodeJS.Timeout } | null,
}

export function drainPrintQueue(container: MedusaContainer): Promise<void> {
  return startPrintQueue(container.resolve<PrintingModuleService>(PRINTING_MODULE), container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
}

/** Looks at the queue now with the module's own service: what the server's start does. */
export function startPrintQueue(printing: PrintingModuleService, logger: Logger): Promise<void> {
  state.printing = printing
  state.logger = logger
  return drain()
}

/**
 * Stops looking: the wake timer is cleared and a drain under way claims nothing more (what it
 * sent still records its outcome). The module's shutdown hook calls it, and the module's own
 * tests, which claim jobs themselves.
 */
export function stopPrintQueue(): void {
  if (state.wake) clearTimeout(state.wake.timer)
  state.wake = null
  state.printing = null
  state.logger = null
}

async function drain(): Promise<void> {
  const { printing, logger } = state
  if (!printing || !logger) return
  if (state.draining) {
    state.again = true
    return
  }
  state.draining = true
  try {
    do {
      state.again = false
      const running = () => state.printing === printing
      for (let job = await printing.claimPrintJob(INSTANCE_ID, leaseSeconds()); job; job = running() ? await printing.claimPrintJob(INSTANCE_ID, leaseSeconds()) : null) {
        void send(printing, job).finally(() => void drain())
      }
      if (running()) await scheduleWake(printing)
    } while (state.again && state.printing === printing)
  } catch (e) {
    logger.warn(`Printing: the print queue could not be read (${(e as Error).message}); trying again in a minute`)
  } finally {
    state.draining = false
  }
}

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

/** One timer for the earliest moment something becomes due; the minute job covers the rest. */
async function scheduleWake(printing: PrintingModuleService) {
  const due = await printing.nextPrintJobDue()
  if (!due) return
  const at = Math.max(due.getTime(), Date.now() + 10)
  if (state.wake && state.wake.at <= at && state.wake.at > Date.now()) return
  if (state.wake) clearTimeout(state.wake.timer)
  const timer = setTimeout(() => {
    state.wake = null
    void drain()
  }, at - Date.now())
  timer.unref()
  state.wake = { at, timer }
}

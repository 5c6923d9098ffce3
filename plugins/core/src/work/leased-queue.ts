import type { Logger } from "@medusajs/framework/types"

export type LeasedQueueOptions<S, T> = {
  /** How the log names the queue, e.g. "Printing: the print queue". */
  name: string
  /** Takes the next due item for this instance under a lease (null: nothing due now). */
  claim: (service: S) => Promise<T | null>
  /** Works one claimed item and records its outcome; never throws. */
  work: (service: S, item: T) => Promise<void>
  /** When something next becomes due (a retry, a lease running out), if anything. */
  nextDue: (service: S) => Promise<Date | null>
}

/**
 * A queue's worker in this process, for a queue kept in the database (the print queue, webhook
 * deliveries): rows are claimed under a lease by whichever instance looks first, so nothing is
 * lost with a process. This only decides when to look: on `start` (the module's start hook, and
 * whoever just queued something), when an item's work ends, and at the earliest moment `nextDue`
 * names; the owner's scheduled job calls `start` every minute for what other instances left.
 * Claimed items are worked without waiting for each other: a slow one holds up only itself.
 */
export function leasedQueue<S, T>({ name, claim, work, nextDue }: LeasedQueueOptions<S, T>) {
  const state = {
    service: null as S | null,
    logger: null as Logger | null,
    draining: false,
    again: false,
    wake: null as { at: number; timer: NodeJS.Timeout } | null,
  }

  async function drain(): Promise<void> {
    const { service, logger } = state
    if (!service || !logger) return
    if (state.draining) {
      state.again = true
      return
    }
    state.draining = true
    try {
      do {
        state.again = false
        const running = () => state.service === service
        for (let item = await claim(service); item; item = running() ? await claim(service) : null) {
          void work(service, item).finally(() => void drain())
        }
        if (running()) await scheduleWake(service)
      } while (state.again && state.service === service)
    } catch (e) {
      logger.warn(`${name} could not be read (${(e as Error).message}); trying again in a minute`)
    } finally {
      state.draining = false
    }
  }

  /** One timer for the earliest moment something becomes due; the minute job covers the rest. */
  async function scheduleWake(service: S) {
    const due = await nextDue(service)
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

  return {
    /** Looks at the queue now with this service. */
    start(service: S, logger: Logger): Promise<void> {
      state.service = service
      state.logger = logger
      return drain()
    },
    /** Stops looking: the wake timer is cleared and a drain under way claims nothing more (what it started still records its outcome). */
    stop(): void {
      if (state.wake) clearTimeout(state.wake.timer)
      state.wake = null
      state.service = null
      state.logger = null
    },
  }
}

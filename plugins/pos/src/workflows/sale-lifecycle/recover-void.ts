import { defineWorkRecovery } from "@kassa/core/kit"
import { cancelPosSaleWorkflow, type CancelPosSaleInput } from "./workflows/cancel-sale"

/** The work journal's kind for a void at the counter. */
export const VOID_WORK = "pos.void"

/**
 * A void that a crash interrupted. Before it was allowed (nothing written): undone, and the
 * client's retry runs it again. After: finished, each step skipping what is done (the journal
 * says whether the units are back; the ticket and the order say the rest), so the sale ends
 * void, restocked and refunded exactly once.
 */
defineWorkRecovery(VOID_WORK, async (container, run) => {
  const cancel = run.facts.cancel as CancelPosSaleInput | undefined
  if (!cancel) return { outcome: "undone" }
  await cancelPosSaleWorkflow(container).run({ input: { ...cancel, journal_id: run.id, resume: { stock_restored: run.facts.stock_restored === true } } })
  return { outcome: "done", response: { order_id: cancel.order_id } }
})

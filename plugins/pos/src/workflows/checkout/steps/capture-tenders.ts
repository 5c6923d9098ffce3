import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { captureTransactions, recordCounterPayments, withdrawCounterPayments } from "../../../sale/counter-payments"
import type { SettledTender } from "../../../sale/settle-tenders"

/**
 * Pays an existing order's payment collection (the one Medusa opened for an exchange's
 * difference) with counter tenders, and adds the order's transactions.
 */
export const captureTendersStep = createStep(
  "kassa-pos-capture-tenders",
  async (input: { order_id: string; currency_code: string; total: number; tenders: SettledTender[]; payment_collection_id: string }, { container }) => {
    const written = await recordCounterPayments(container, { ...input, collection_id: input.payment_collection_id })
    try {
      await container
        .resolve(Modules.ORDER)
        .addOrderTransactions(captureTransactions(input.currency_code, written.tenders).map((t) => ({ ...t, order_id: input.order_id })))
    } catch (e) {
      // A failed step is not compensated: take its payments back before failing.
      await withdrawCounterPayments(container, written)
      throw e
    }
    return new StepResponse(written.tenders, written)
  },
  async (written, { container }) => {
    if (written) await withdrawCounterPayments(container, written)
  }
)

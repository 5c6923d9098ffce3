import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordCounterPayments, withdrawCounterPayments } from "../../../sale/counter-payments"
import type { SettledTender } from "../../../sale/settle-tenders"

/**
 * The sale's payments, captured, in a payment collection of their own: written before the order
 * so that the order is created with its transactions (paid) in one call; the order step links them.
 * The collection's id is the checkout's plan's (its journal).
 */
export const recordPaymentsStep = createStep(
  "kassa-pos-record-payments",
  async (input: { collection_id: string; currency_code: string; total: number; tenders: SettledTender[]; created_by: string }, { container }) => {
    const { collection_id, ...payments } = input
    const written = await recordCounterPayments(container, { ...payments, new_collection_id: collection_id })
    return new StepResponse(written, written)
  },
  async (written, { container }) => {
    if (written) await withdrawCounterPayments(container, written)
  }
)

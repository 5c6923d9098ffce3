import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordCounterPayments, withdrawCounterPayments } from "../../../sale/counter-payments"
import type { SettledTender } from "../../../sale/settle-tenders"

/**
 * The sale's payments, captured, in a payment collection of their own: written before the order
 * so that the order is created with its transactions (paid) in one call; the order step links them.
 */
export const recordPaymentsStep = createStep(
  "kassa-pos-record-payments",
  async (input: { currency_code: string; total: number; tenders: SettledTender[]; created_by: string }, { container }) => {
    const written = await recordCounterPayments(container, input)
    return new StepResponse(written, written)
  },
  async (written, { container }) => {
    if (written) await withdrawCounterPayments(container, written)
  }
)

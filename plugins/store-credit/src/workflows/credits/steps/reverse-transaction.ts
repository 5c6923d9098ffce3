import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../../modules/store_credit"
import type StoreCreditModuleService from "../../../modules/store_credit/service"
import type { EntryContext } from "../../../modules/store_credit/service"

/**
 * Reverses a ledger entry. No compensation: it is its workflow's only write, and a reversal
 * cannot itself be reversed.
 */
export const reverseTransactionStep = createStep(
  "kassa-store-credit-reverse-transaction",
  async (input: EntryContext & { transaction_id: string }, { container }) => {
    const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
    return new StepResponse(await service.reverse(input))
  }
)

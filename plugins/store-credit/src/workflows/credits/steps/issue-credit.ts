import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../../modules/store_credit"
import type StoreCreditModuleService from "../../../modules/store_credit/service"
import type { CreditInput } from "../../../modules/store_credit/service"

/** `expires_at` as an ISO string: workflow data travels as JSON. */
export type IssueCreditInput = Omit<CreditInput, "expires_at"> & { expires_at: string | null }

/** Writes the credit; undone by a reversal of it (the ledger is never edited). */
export const issueCreditStep = createStep(
  "kassa-store-credit-issue-credit",
  async (input: IssueCreditInput, { container }) => {
    const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
    const entry = await service.credit({ ...input, expires_at: input.expires_at ? new Date(input.expires_at) : null })
    return new StepResponse(entry, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).reverse({ transaction_id: id, reason: "Issue undone" })
  }
)

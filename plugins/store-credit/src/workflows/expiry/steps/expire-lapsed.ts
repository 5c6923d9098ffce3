import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../../modules/store_credit"
import type StoreCreditModuleService from "../../../modules/store_credit/service"

/**
 * Writes off what is left of every credit whose expiry has come, an expiry entry each, one
 * account at a time under its lock. Safe to run again and beside a sale: a lot already written
 * off has nothing left. No compensation: each account's write is final and correct on its own.
 */
export const expireLapsedStep = createStep("kassa-store-credit-expire-lapsed", async ({ now }: { now?: Date | string }, { container }) => {
  const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
  const at = now ? new Date(now) : new Date()
  let accounts = 0
  let centavos = 0
  for (const id of await service.accountsWithLapsedCredit(at)) {
    const expired = await service.expireAccount(id, at)
    if (expired > 0) {
      accounts++
      centavos += expired
    }
  }
  return new StepResponse({ accounts, centavos })
})

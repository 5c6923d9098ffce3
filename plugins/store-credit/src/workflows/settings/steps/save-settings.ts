import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORE_CREDIT_MODULE } from "../../../modules/store_credit"
import type StoreCreditModuleService from "../../../modules/store_credit/service"
import type { SettingsInput } from "../../../modules/store_credit/service"

/** Saves the store-wide settings; undone by putting back what they were. */
export const saveSettingsStep = createStep(
  "kassa-store-credit-save-settings",
  async (input: SettingsInput, { container }) => {
    const service: StoreCreditModuleService = container.resolve(STORE_CREDIT_MODULE)
    const before = await service.settings()
    return new StepResponse(await service.saveSettings(input), before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).saveSettings(before)
  }
)

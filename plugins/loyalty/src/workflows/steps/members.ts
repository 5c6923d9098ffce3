import { Modules, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import type LoyaltyModuleService from "../../modules/loyalty/service"
import type { Settings } from "../../modules/loyalty/service"

/** Refuses an id that names no customer (Medusa's links and our rows would take any string). */
export const checkCustomerStep = createStep("kassa-loyalty-check-customer", async (input: { customer_id: string }, { container }) => {
  const [found] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer ${input.customer_id}`)
  return new StepResponse(true)
})

export type EnrolInput = { customer_id: string; marketing_consent: boolean; stock_location_id: string | null; actor_id: string | null }

/** Enrols the customer (again: the existing membership, unchanged). Undo removes a membership this step made. */
export const enrolStep = createStep(
  "kassa-loyalty-enrol",
  async (input: EnrolInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { account, created } = await loyalty.enrol(input)
    return new StepResponse({ account_id: account.id, created }, created ? account.id : null)
  },
  async (accountId, { container }) => {
    if (accountId) await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).unenrol(accountId)
  }
)

export type AdjustInput = { customer_id: string; points: number; reason: string; stock_location_id: string; actor_id: string }

/** A manager's adjustment; undone by the opposite adjustment. */
export const adjustPointsStep = createStep(
  "kassa-loyalty-adjust-points",
  async (input: AdjustInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const entry = await loyalty.adjust({ ...input, reference_type: "manual" })
    return new StepResponse({ id: entry.id, points: input.points }, input)
  },
  async (input, { container }) => {
    if (!input) return
    await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).adjust({ ...input, points: -input.points, reason: `Undone: ${input.reason}` })
  }
)

/** Saves the programme's settings; undo restores what they were. */
export const saveSettingsStep = createStep(
  "kassa-loyalty-save-settings",
  async (input: Partial<Settings>, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const before = await loyalty.settings()
    return new StepResponse(await loyalty.saveSettings(input), before)
  },
  async (before, { container }) => {
    if (before) await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).saveSettings(before)
  }
)

export type TierInput = { id?: string; name: string; threshold: number; earn_multiplier_percent: number }

/**
 * Creates or changes a tier, with its customer group (named after it) created or renamed. Undo
 * deletes what it created and puts back what it changed.
 */
export const upsertTierStep = createStep(
  "kassa-loyalty-upsert-tier",
  async (input: TierInput, { container }) => {
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    const tiers = await loyalty.tiers()
    const clash = tiers.find((t) => t.threshold === input.threshold && t.id !== input.id)
    if (clash) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Tier ${clash.name} already starts at ${input.threshold}: two tiers cannot share a threshold`)
    if (input.id) {
      const before = tiers.find((t) => t.id === input.id)
      if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No loyalty tier ${input.id}`)
      await loyalty.updateLoyaltyTiers({ id: input.id, name: input.name, threshold: input.threshold, earn_multiplier_percent: input.earn_multiplier_percent })
      if (before.customer_group_id && before.name !== input.name) await customers.updateCustomerGroups(before.customer_group_id, { name: `Loyalty: ${input.name}` })
      return new StepResponse({ id: input.id }, { before, created_group: null as string | null })
    }
    const group = await customers.createCustomerGroups({ name: `Loyalty: ${input.name}` })
    const tier = await loyalty.createLoyaltyTiers({ ...input, customer_group_id: group.id })
    await customers.updateCustomerGroups(group.id, { metadata: { kassa_loyalty_tier_id: tier.id } })
    return new StepResponse({ id: tier.id }, { before: { id: tier.id, name: "", threshold: 0, earn_multiplier_percent: 0, customer_group_id: null }, created_group: group.id as string | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const customers = container.resolve(Modules.CUSTOMER)
    if (undo.created_group) {
      await loyalty.deleteLoyaltyTiers(undo.before.id)
      await customers.deleteCustomerGroups(undo.created_group)
      return
    }
    const { id, name, threshold, earn_multiplier_percent, customer_group_id } = undo.before
    await loyalty.updateLoyaltyTiers({ id, name, threshold, earn_multiplier_percent })
    if (customer_group_id) await customers.updateCustomerGroups(customer_group_id, { name: `Loyalty: ${name}` })
  }
)

import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import type LoyaltyModuleService from "../../modules/loyalty/service"
import type { Tier } from "../../modules/loyalty/service"

/** kassa.loyalty.tier_changed: { customer_id, from, to } (tier names; from null on enrolment). */
export const LOYALTY_TIER_CHANGED = "kassa.loyalty.tier_changed"

export type TierChange = { customer_id: string; from: Tier | null; to: Tier | null }

/**
 * Each tier's Medusa customer group, created (named "Loyalty: <tier>") for a tier that has none
 * yet, so price lists and promotions can target it. Returns the tiers with their group ids.
 */
export async function ensureTierGroups(container: MedusaContainer): Promise<{ tiers: Tier[]; created: string[] }> {
  const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const customers = container.resolve(Modules.CUSTOMER)
  const all = await loyalty.tiers()
  const missing = all.filter((t) => !t.customer_group_id)
  const created: string[] = []
  for (const tier of missing) {
    const group = await customers.createCustomerGroups({ name: `Loyalty: ${tier.name}`, metadata: { kassa_loyalty_tier_id: tier.id } })
    if (await loyalty.claimTierGroup(tier.id, group.id)) created.push(group.id)
    else await customers.deleteCustomerGroups(group.id)
  }
  return { tiers: missing.length ? await loyalty.tiers() : all, created }
}

/** Moves the customer from the old tier's group to the new one's. */
async function moveGroup(container: MedusaContainer, customerId: string, from: Tier | null, to: Tier | null) {
  const customers = container.resolve(Modules.CUSTOMER)
  if (from?.customer_group_id && from.customer_group_id !== to?.customer_group_id) {
    await customers.removeCustomerFromGroup({ customer_id: customerId, customer_group_id: from.customer_group_id })
  }
  if (to?.customer_group_id && to.customer_group_id !== from?.customer_group_id) {
    const [present] = await customers.listCustomerGroupCustomers({ customer_id: customerId, customer_group_id: to.customer_group_id }, { select: ["id"] })
    if (!present) await customers.addCustomerToGroup({ customer_id: customerId, customer_group_id: to.customer_group_id })
  }
}

/**
 * Puts the member in the tier their figures reach now (or at `at`: the nightly pass run for a
 * chosen instant) (service.recomputeTier) and their customer
 * group membership with it. Returns the change (none: null) for the event. Undo puts them back in
 * the tier and group they had.
 */
export const syncTierStep = createStep(
  "kassa-loyalty-sync-tier",
  async (input: { customer_id: string | null; at?: string }, { container }) => {
    if (!input.customer_id) return new StepResponse(null as TierChange | null, null)
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { tiers } = await ensureTierGroups(container)
    const change = await loyalty.recomputeTier(input.customer_id, input.at ? new Date(input.at) : new Date())
    if (!change) return new StepResponse(null as TierChange | null, null)
    const withGroup = (t: Tier | null) => (t ? tiers.find((x) => x.id === t.id) ?? t : null)
    const result = { customer_id: input.customer_id, from: withGroup(change.from), to: withGroup(change.to) }
    await moveGroup(container, input.customer_id, result.from, result.to)
    return new StepResponse(result as TierChange | null, { ...result, account_id: change.account_id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const loyalty: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await loyalty.updateLoyaltyAccounts({ id: undo.account_id, tier_id: undo.from?.id ?? null })
    await moveGroup(container, undo.customer_id, undo.to, undo.from)
  }
)

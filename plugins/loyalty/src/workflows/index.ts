import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { earnPointsStep } from "./steps/earn-points"
import { adjustPointsStep, checkCustomerStep, enrolStep, saveSettingsStep, upsertTierStep, type AdjustInput, type EnrolInput, type TierInput } from "./steps/members"
import { LOYALTY_TIER_CHANGED, syncTierStep } from "./steps/sync-tier"
import { takeBackPointsStep, type TakeBackInput } from "./steps/take-back-points"
import type { Settings } from "../modules/loyalty/service"

export { LOYALTY_TIER_CHANGED, ensureTierGroups } from "./steps/sync-tier"
export type { TierChange } from "./steps/sync-tier"

/** The tier step and, when the tier moved, its event (the e-mail subscriber listens). */
const syncTier = (customer: WorkflowData<{ customer_id: string | null; at?: string }>) => {
  const change = syncTierStep(customer)
  when({ change }, ({ change }) => !!change).then(() => {
    emitEventStep({
      eventName: LOYALTY_TIER_CHANGED,
      data: transform({ change }, ({ change }) => ({ customer_id: change!.customer_id, from: change!.from?.name ?? null, to: change!.to?.name ?? null })),
    }).config({ name: "kassa-loyalty-emit-tier-changed" })
  })
  return change
}

/** An order (counter sale or web order) earns its member's points once, and their tier follows. */
export const earnLoyaltyPointsWorkflow = createWorkflow("kassa-loyalty-earn", (input: WorkflowData<{ order_id: string }>) => {
  const earned = earnPointsStep(input)
  const tier = syncTier(transform({ earned }, ({ earned }) => ({ customer_id: earned.customer_id })))
  return new WorkflowResponse({ earned, tier })
})

/** A return or void takes back the points of what came back, and the tier follows (it may move down). */
export const takeBackLoyaltyPointsWorkflow = createWorkflow("kassa-loyalty-take-back", (input: WorkflowData<TakeBackInput>) => {
  const taken = takeBackPointsStep(input)
  const tier = syncTier(transform({ taken }, ({ taken }) => ({ customer_id: taken.customer_id })))
  return new WorkflowResponse({ taken, tier })
})

/** A customer joins (at the counter or on the web store) and starts in the tier their figures reach. */
export const enrolLoyaltyMemberWorkflow = createWorkflow("kassa-loyalty-enrol", (input: WorkflowData<EnrolInput>) => {
  checkCustomerStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id })))
  const enrolled = enrolStep(input)
  syncTier(transform({ input }, ({ input }) => ({ customer_id: input.customer_id as string | null })))
  return new WorkflowResponse(enrolled)
})

/** A manager adds or takes away points, with a reason. */
export const adjustLoyaltyPointsWorkflow = createWorkflow("kassa-loyalty-adjust", (input: WorkflowData<AdjustInput>) => {
  const entry = adjustPointsStep(input)
  syncTier(transform({ input }, ({ input }) => ({ customer_id: input.customer_id as string | null })))
  return new WorkflowResponse(entry)
})

export const updateLoyaltySettingsWorkflow = createWorkflow("kassa-loyalty-settings", (input: WorkflowData<Partial<Settings>>) => {
  return new WorkflowResponse(saveSettingsStep(input))
})

export const upsertLoyaltyTierWorkflow = createWorkflow("kassa-loyalty-upsert-tier", (input: WorkflowData<TierInput>) => {
  return new WorkflowResponse(upsertTierStep(input))
})

/** The nightly pass for one member: lapsed points written off, the tier for the rolling window. */
export const nightlyLoyaltyWorkflow = createWorkflow("kassa-loyalty-nightly-member", (input: WorkflowData<{ customer_id: string; at: string }>) => {
  const tier = syncTier(transform({ input }, ({ input }) => ({ customer_id: input.customer_id as string | null, at: input.at })))
  return new WorkflowResponse(tier)
})

/**
 * What other code (the app, tests, scripts) imports from @kassa/loyalty/kit: the tender's id, the
 * module, its events and the nightly pass.
 */
export { LOYALTY_POINTS_TENDER } from "./tender/tender-id"
export { LOYALTY_MODULE } from "./modules/loyalty"
export type { default as LoyaltyModuleService, Settings as LoyaltySettings, Standing as LoyaltyStanding, Tier as LoyaltyTier } from "./modules/loyalty/service"
// The workflows the subscribers run (a script or test may run them again: each is once per order or return).
export { earnLoyaltyPointsWorkflow, takeBackLoyaltyPointsWorkflow, enrolLoyaltyMemberWorkflow, LOYALTY_TIER_CHANGED } from "./workflows"
export { default as loyaltyNightlyJob } from "./jobs/loyalty-nightly"

export { LoyaltyAccount } from "./account"
export { LoyaltyEntry } from "./entry"
export { LoyaltySettings } from "./settings"
export { LoyaltyTier } from "./tier"

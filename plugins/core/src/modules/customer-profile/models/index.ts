export { CustomerProfile, GENDERS } from "./customer-profile"
export { FrequentRule } from "./frequent-rule"

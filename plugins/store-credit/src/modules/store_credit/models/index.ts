export { StoreCreditAccount } from "./account"
export { StoreCreditReminder } from "./reminder"
export { StoreCreditSettings } from "./settings"
export { StoreCreditTransaction } from "./transaction"

export { StoreCreditAccount } from "./account"
export { StoreCreditTransaction } from "./transaction"

export { expireStoreCreditWorkflow } from "./workflows/expire-store-credit"
export { remindStoreCreditExpiryWorkflow } from "./workflows/remind-store-credit-expiry"

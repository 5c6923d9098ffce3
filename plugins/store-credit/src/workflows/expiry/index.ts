export { expireStoreCreditWorkflow } from "./workflows/expire-store-credit"

/**
 * What other code (the app, tests, scripts) imports from @kassa/store-credit/kit: the tender's
 * id, the module, and the expiry passes its daily jobs run.
 */
export { STORE_CREDIT_TENDER } from "./tender/tender-id"
export { STORE_CREDIT_MODULE } from "./modules/store_credit"
export type { default as StoreCreditModuleService, Statement, StatementEntry } from "./modules/store_credit/service"
export { expireStoreCreditWorkflow } from "./workflows/expiry"
export { expireGiftCardsWorkflow } from "./workflows/gift-cards"
export { issueStoreCreditWorkflow, reverseStoreCreditWorkflow } from "./workflows/credits"
// The admin part (issue 25): the expiry e-mails' pass, for a script or test at a chosen time.
export { remindStoreCreditExpiryWorkflow } from "./workflows/expiry"

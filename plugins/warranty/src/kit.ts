/**
 * What other plugins import from @kassa/warranty/kit: the module's key (to read claims through
 * query.graph) and the event a claim's every status change emits.
 */
export { WARRANTY_MODULE } from "./modules/warranty"
export { WARRANTY_CLAIM_STATUS_CHANGED } from "./events"
export type { ClaimStatusChanged } from "./events"

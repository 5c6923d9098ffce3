/**
 * What other plugins import from @kassa/pos/kit: their own tenders at the counter, and the
 * checkout workflow's event.
 */
export { defineTender } from "./sale/tender-registry"
export type { TenderDefinition } from "./sale/tender-registry"
export type { SettledTender } from "./sale/settle-tenders"
export { POS_SALE_COMPLETED } from "./workflows/checkout/workflows/checkout"

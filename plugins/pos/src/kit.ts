/**
 * What other plugins import from @kassa/pos/kit: their own tenders at the counter, the
 * checkout workflow's event, and the workflows that release or undo a sale.
 */
export { defineTender } from "./sale/tender-registry"
export type { TenderDefinition } from "./sale/tender-registry"
export { tendersAt } from "./sale/branch-tenders"
export type { OfferedTender } from "./sale/branch-tenders"
// A held sale's goods handed over (installment approved), or a sale undone (void, rejection).
export { cancelPosSaleWorkflow, releasePosSaleWorkflow } from "./workflows/sale-lifecycle"
export type { CancelPosSaleInput } from "./workflows/sale-lifecycle"
export { defineReceiptLineNotes } from "./receipts/line-notes"
export type { LineNotes, NoteLine } from "./receipts/line-notes"
export type { SettledTender } from "./sale/settle-tenders"
// Stock leaving a branch under the checkout's lock (a replacement unit, …), and back.
export { giveBackStock, takeStock } from "./workflows/checkout/steps/take-stock"
export { POS_SALE_COMPLETED, type PosSaleCompletedData } from "./workflows/checkout/workflows/checkout"
// The POS module: tickets, tenders, drawers, the scan index.
export { POS_MODULE } from "./modules/pos"
export type { default as PosModuleService, ScanEntryFacts } from "./modules/pos/service"

/**
 * What other plugins import from @kassa/pos/kit: their own tenders at the counter, the
 * checkout workflow's event, and the workflows that release or undo a sale.
 */
export { defineTender } from "./sale/tender-registry"
export type { RefundContext, TenderDefinition } from "./sale/tender-registry"
export { defineSaleHook } from "./sale/sale-hooks"
export type { SaleHook, SaleHookContext, SoldLine } from "./sale/sale-hooks"
// The tenders a branch takes; its money tenders alone (cash, card, own methods) for a payment outside a sale.
export { moneyTendersAt, tendersAt } from "./sale/branch-tenders"
export type { OfferedTender, OwnMethod } from "./sale/branch-tenders"
// A held sale's goods handed over (installment approved), or a sale undone (void, rejection).
export { cancelPosSaleWorkflow, releasePosSaleWorkflow } from "./workflows/sale-lifecycle"
export type { CancelPosSaleInput } from "./workflows/sale-lifecycle"
export { defineReceiptLineNotes } from "./receipts/line-notes"
export { defineReceiptCodes } from "./receipts/receipt-codes"
export type { ReceiptCode, ReceiptCodes } from "./receipts/receipt-codes"
// A sale's receipt for another output (a printer a plugin drives): its data, and its lines at a roll's width.
export { receiptData as saleReceiptData } from "./sale/receipt-data"
export { receiptTextLines, renderReceiptHtml, renderReceiptPdf } from "./receipts"
// A slip of text lines as the counter shows and prints it (80 mm HTML, the logo above).
export { textDocumentHtml } from "./receipts/text-document"
export { imageSize } from "./receipts/image-size"
export type { ReceiptData, ReceiptLayout, TextLine as ReceiptTextLine } from "./receipts"
export type { LineNotes, NoteLine } from "./receipts/line-notes"
export type { SettledTender } from "./sale/settle-tenders"
// Stock leaving a branch under the checkout's lock (a replacement unit, …), and back.
export { giveBackStock, takeStock } from "./workflows/checkout/steps/take-stock"
export type { Need as StockNeed } from "./workflows/checkout/steps/take-stock"
// The row-locked level move under them (bench:locks measures it against the locking module).
export { moveLevels } from "./stock/move-levels"
export type { HeldLevel } from "./stock/move-levels"
// Reservations written under moveLevels' lock (pre-orders, transfers).
export { insertReservation, moveReserved } from "./stock/reservation-rows"
export { POS_SALE_COMPLETED, posCheckoutWorkflow, type PosSaleCompletedData } from "./workflows/checkout/workflows/checkout"
export { POS_RETURN_COMPLETED, type PosReturnCompletedData } from "./workflows/returns/events"
export { POS_DRAWER_CLOSED, type PosDrawerClosedData } from "./workflows/drawer/events"
export { refundReceiptData } from "./receipts/refund-receipt-data"
export { refundReceiptLines, type RefundReceipt } from "./receipts/refund-receipt"
// A sale driven without the counter page (bench:pos:profile, bench:audit): open the drawer and a
// ticket, add lines, check out.
export { openDrawerSessionWorkflow } from "./workflows/drawer/workflows"
// Cash another plugin takes or gives at a register (a deposit, a refund) into its open drawer, so
// the X/Z report counts it: the session found and checked, and the movement as a compensated step.
export { cashMovementStep } from "./workflows/drawer/steps/cash-movement"
export type { CashMovementInput } from "./workflows/drawer/steps/cash-movement"
export { drawerCashStep, openDrawerSessionOf } from "./workflows/drawer/steps/drawer-cash"
export type { DrawerCashInput } from "./workflows/drawer/steps/drawer-cash"
export { addTicketLineWorkflow, openTicketWorkflow } from "./workflows/tickets/workflows/tickets"
// Lines priced by another plugin's own rule, authorised by it (a gift sells at zero).
export { overrideLinePricesWorkflow } from "./workflows/tickets/workflows/tickets"
export type { LinePriceOverride } from "./workflows/tickets/steps/ticket-lines"
// The scan index after a bulk import (rebuild), and its sweep of one range (the nightly job's unit).
export { rebuildScanIndex, sweepScanIndex } from "./scan/scan-index"
// The job that expires pending return requests past their date (for scripts and tests).
export { default as returnRequestExpiryJob } from "./jobs/return-request-expiry"
// The store-setup cache: the Medusa tables whose triggers invalidate it, and its switch for A/B runs.
export { CONFIG_TABLES, forgetConfigCache, setConfigCacheEnabled } from "./cache/config-cache"
// The POS module: tickets, tenders, drawers, the scan index.
export { POS_MODULE } from "./modules/pos"
export type { default as PosModuleService, ScanEntryFacts } from "./modules/pos/service"

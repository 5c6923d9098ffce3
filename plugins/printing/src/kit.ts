/**
 * What other plugins import from @kassa/printing/kit: the module's key (printers and print jobs
 * through query.graph or the service), the workflow that queues a sale's receipt, the printer
 * routed to a task, and a label's barcode image.
 */
export { PRINTING_MODULE } from "./modules/printing"
export type { default as PrintingModuleService } from "./modules/printing/service"
export { printReceiptWorkflow } from "./workflows/printing"
export { drainPrintQueue } from "./queue/print-queue"
// The printer the branch's routing table gives a task at a counter.
export { printerForTask, staffRoleIds } from "./routing/route-printer"
export type { PrintAsk } from "./routing/route-printer"
export type { PrintTask } from "./modules/printing/models/print-route"
// Barcodes and labels: a label's barcode image as the PDF draws it (300 DPI, 4 dots a module).
export { labelBarcodePng } from "./labels/barcode-image"

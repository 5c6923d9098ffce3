/**
 * What other plugins import from @kassa/printing/kit: the module's key (printers and print jobs
 * through query.graph or the service), and the workflow that queues a sale's receipt.
 */
export { PRINTING_MODULE } from "./modules/printing"
export type { default as PrintingModuleService } from "./modules/printing/service"
export { printReceiptWorkflow } from "./workflows/printing"
export { drainPrintQueue } from "./queue/print-queue"
// Barcodes and labels: a label's barcode image as the PDF draws it (300 DPI, 4 dots a module).
export { labelBarcodePng } from "./labels/barcode-image"

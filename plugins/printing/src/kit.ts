/**
 * What other plugins import from @kassa/printing/kit: the module's key (printers and print jobs
 * through query.graph or the service), and the workflow that queues a sale's receipt.
 */
export { PRINTING_MODULE } from "./modules/printing"
export type { default as PrintingModuleService } from "./modules/printing/service"
export { printReceiptWorkflow } from "./workflows/printing"
export { drainPrintQueue } from "./queue/print-queue"
// Printer routing (issue 28, item 2): the printer the branch's routing table gives a task at a counter.
export { printerForTask, staffRoleIds } from "./routing/route-printer"
export type { PrintAsk } from "./routing/route-printer"
export type { PrintTask } from "./modules/printing/models/print-route"

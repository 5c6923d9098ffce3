export { createPurchaseOrdersWorkflow, movePurchaseOrderWorkflow, removeReorderLineWorkflow, saveReorderLinesWorkflow } from "./workflows/orders"
export type { ReorderLinesInput } from "./steps/save-reorder-lines"

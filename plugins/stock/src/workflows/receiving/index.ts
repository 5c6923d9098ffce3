export { RECEIVING_LOCK, receivePurchaseOrderWorkflow } from "./workflows/receive-purchase-order"
export { recordSupplierInvoiceWorkflow, saveStockSettingsWorkflow } from "./workflows/record-invoice"

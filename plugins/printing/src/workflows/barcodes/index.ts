export { saveBarcodeNumberingWorkflow } from "./workflows/save-barcode-numbering"

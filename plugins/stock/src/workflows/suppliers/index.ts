export { createSupplierWorkflow, removeSupplyWorkflow, saveSupplyWorkflow, updateSupplierWorkflow } from "./workflows/suppliers"
export type { SupplierFields } from "./steps/save-supplier"
export type { SupplyInput } from "./steps/save-supply"

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSupplierStep, type SupplierFields, updateSupplierStep } from "../steps/save-supplier"
import { removeSupplyStep, saveSupplyStep, type SupplyInput } from "../steps/save-supply"

export const createSupplierWorkflow = createWorkflow("kassa-stock-create-supplier", (input: SupplierFields & { name: string }) => {
  return new WorkflowResponse(createSupplierStep(input))
})

/** Edits, archives (archived_at now) and restores (archived_at null) a supplier. */
export const updateSupplierWorkflow = createWorkflow("kassa-stock-update-supplier", (input: SupplierFields & { id: string }) => {
  return new WorkflowResponse(updateSupplierStep(input))
})

export const saveSupplyWorkflow = createWorkflow("kassa-stock-save-supply", (input: SupplyInput) => {
  return new WorkflowResponse(saveSupplyStep(input))
})

export const removeSupplyWorkflow = createWorkflow("kassa-stock-remove-supply", (input: { supplier_id: string; variant_id: string }) => {
  return new WorkflowResponse(removeSupplyStep(input))
})

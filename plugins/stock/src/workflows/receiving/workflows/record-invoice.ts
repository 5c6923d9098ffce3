import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { InvoiceInput } from "../../../modules/stock/service"
import type { CostMethod } from "../../../modules/stock/cost"
import { recordInvoiceStep } from "../steps/record-invoice"
import { saveStockSettingsStep } from "../steps/save-settings"

export const recordSupplierInvoiceWorkflow = createWorkflow("kassa-stock-record-invoice", (input: InvoiceInput) => new WorkflowResponse(recordInvoiceStep(input)))

export const saveStockSettingsWorkflow = createWorkflow("kassa-stock-save-settings", (input: { cost_method: CostMethod }) => new WorkflowResponse(saveStockSettingsStep(input)))

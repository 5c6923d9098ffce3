import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeThresholdStep, saveThresholdStep, type ThresholdInput } from "../steps/save-threshold"

export const saveThresholdWorkflow = createWorkflow("kassa-stock-save-threshold", (input: ThresholdInput) => new WorkflowResponse(saveThresholdStep(input)))

export const removeThresholdWorkflow = createWorkflow("kassa-stock-remove-threshold", (input: { id: string }) => new WorkflowResponse(removeThresholdStep(input.id)))

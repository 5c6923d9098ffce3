export { removeThresholdWorkflow, saveThresholdWorkflow } from "./workflows/thresholds"
export type { ThresholdInput } from "./steps/save-threshold"

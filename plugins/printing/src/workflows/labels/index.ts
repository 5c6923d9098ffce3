export { printLabelsWorkflow } from "./workflows/print-labels"
export type { PrintLabelsInput } from "./steps/render-label-job"

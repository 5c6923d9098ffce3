export { mergeCustomersWorkflow } from "./workflows/merge-customers"
export type { MergeCustomersInput } from "./steps/prepare-merge"

export { markGiftsWorkflow } from "./workflows/mark-gifts"
export { unmarkGiftsWorkflow } from "./workflows/unmark-gifts"

export { PrintJob } from "./print-job"
export { Printer } from "./printer"
// Printer routing (issue 28, item 2).
export { PrintRoute } from "./print-route"

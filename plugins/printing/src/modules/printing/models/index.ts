export { PrintJob } from "./print-job"
export { Printer } from "./printer"
export { PrintRoute } from "./print-route"

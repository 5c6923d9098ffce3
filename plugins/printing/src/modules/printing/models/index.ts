export { PrintJob } from "./print-job"
export { Printer } from "./printer"

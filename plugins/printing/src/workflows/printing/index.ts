export * from "./workflows/print-jobs"
export * from "./workflows/printers"

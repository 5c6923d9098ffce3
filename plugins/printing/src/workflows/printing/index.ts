export * from "./workflows/print-jobs"
export * from "./workflows/printers"
export * from "./workflows/print-routes"
export * from "./workflows/print-document"

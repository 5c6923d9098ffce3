export * from "./workflows/checkout"
export * from "./workflows/recover-checkout"

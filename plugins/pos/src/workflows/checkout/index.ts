export * from "./workflows/checkout"

export * from "./workflows/api-key-access"

export * from "./workflows/save-logo"

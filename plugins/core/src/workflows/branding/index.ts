export * from "./workflows/set-logo"

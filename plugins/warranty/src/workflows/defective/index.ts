export * from "./workflows/set-disposal"

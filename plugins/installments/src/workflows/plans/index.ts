export * from "./workflows/decide-plan"

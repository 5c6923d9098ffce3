export * from "./workflows/policies"

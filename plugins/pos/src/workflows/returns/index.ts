export * from "./workflows"
export * from "./exchange-workflow"

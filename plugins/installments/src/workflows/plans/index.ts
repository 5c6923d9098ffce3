export * from "./workflows/approve-plan"
export * from "./workflows/escalate-plan"
export * from "./workflows/reject-plan"

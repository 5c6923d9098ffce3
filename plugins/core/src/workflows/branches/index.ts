export * from "./workflows/upsert-branch"
export * from "./workflows/set-plugin-switch"
export * from "./workflows/upsert-register"
export * from "./workflows/close-branch"

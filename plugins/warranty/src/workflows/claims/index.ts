export * from "./workflows/file-claim"
export * from "./workflows/update-claim"
export * from "./workflows/replace-unit"

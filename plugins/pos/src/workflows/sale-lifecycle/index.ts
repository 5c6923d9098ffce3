export * from "./workflows/cancel-sale"
export * from "./workflows/release-sale"
export * from "./workflows/void-sale"

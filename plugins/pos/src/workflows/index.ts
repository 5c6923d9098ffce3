export * from "./checkout"
export * from "./tickets"
export * from "./settings"

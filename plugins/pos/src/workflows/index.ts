export * from "./checkout"
export * from "./tickets"

export * from "./workflows/save-credit-profile"
export * from "./workflows/save-credit-officer"

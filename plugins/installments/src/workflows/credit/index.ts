export * from "./workflows/save-credit-profile"

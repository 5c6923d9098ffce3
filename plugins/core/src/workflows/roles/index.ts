export * from "./workflows/roles"

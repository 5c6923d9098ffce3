export * from "./workflows/update-terms"

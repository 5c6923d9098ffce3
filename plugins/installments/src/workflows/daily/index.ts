export * from "./workflows/run-daily"

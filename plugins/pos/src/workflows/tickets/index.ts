export * from "./workflows/tickets"

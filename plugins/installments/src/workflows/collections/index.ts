export * from "./workflows/collect-payment"

export * from "./workflows/notify-claim-customer"

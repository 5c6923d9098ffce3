export * from "./workflows/archives"
export type { OrderArchiveRecord } from "./steps/order-archive"
export type { CustomerArchiveRecord } from "./steps/customer-archive"

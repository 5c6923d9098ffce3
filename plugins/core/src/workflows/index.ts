export * from "./variant-costs"

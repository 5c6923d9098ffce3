export * from "./workflows/upsert-variant-costs"
export * from "./steps/upsert-variant-costs"
export * from "./steps/validate-variants-exist"
export * from "./steps/read-variant-costs"

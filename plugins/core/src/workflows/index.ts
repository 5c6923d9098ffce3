export * from "./variant-costs"
export * from "./branches"
export * from "./staff"
export * from "./roles"

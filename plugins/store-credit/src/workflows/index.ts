export * from "./credits"
export * from "./expiry"

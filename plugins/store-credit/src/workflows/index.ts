export * from "./credits"
export * from "./expiry"
export * from "./settings"

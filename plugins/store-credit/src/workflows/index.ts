export * from "./credits"
export * from "./expiry"
export * from "./gift-cards"
export * from "./settings"

export { GiftCard } from "./gift-card"
export { GiftCardEntry } from "./gift-card-entry"

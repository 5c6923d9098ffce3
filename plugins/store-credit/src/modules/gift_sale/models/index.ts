export { GiftSale } from "./gift-sale"

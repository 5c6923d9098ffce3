export { disableGiftCardWorkflow } from "./workflows/disable-gift-card"
export { expireGiftCardsWorkflow } from "./workflows/expire-gift-cards"

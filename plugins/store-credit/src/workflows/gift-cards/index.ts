export { disableGiftCardWorkflow } from "./workflows/disable-gift-card"

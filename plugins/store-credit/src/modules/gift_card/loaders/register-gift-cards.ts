/**
 * Boot: the counter offers the "Gift card" tender (at branches where the store-credit plugin is
 * on), a sale of a gift card product issues its cards, and receipts print their codes.
 * Registering is all the imports do.
 */
import "../../../gift-cards/sale-hook"
import "../../../gift-cards/tender"
import "../../../gift-cards/receipt-notes"

export default async function registerGiftCards() {}

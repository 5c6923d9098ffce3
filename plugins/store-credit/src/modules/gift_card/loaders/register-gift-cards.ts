/**
 * Boot: the counter offers the "Gift card" tender (at branches where the store-credit plugin is
 * on), a sale of a gift card product issues its cards, and receipts print their codes (as text
 * under the line and as barcodes at the foot).
 * Registering is all the imports do.
 */
import "../../../gift-cards/sale-hook"
import "../../../gift-cards/tender"
import "../../../gift-cards/receipt-notes"
import "../../../gift-cards/receipt-codes"

export default async function registerGiftCards() {}

/**
 * Boot: a sale's gift lines are recorded at checkout and their receipt lines say so.
 * Registering is all the imports do.
 */
import "../../../gift-sales/sale-hook"
import "../../../gift-sales/receipt-notes"

export default async function registerGiftSales() {}

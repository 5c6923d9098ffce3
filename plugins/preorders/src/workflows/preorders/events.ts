/** Payments (a deposit, a payment, refunds) were recorded on a pre-order: `{ preorder_id, receipt_numbers }`. */
export const PREORDER_PAYMENTS_RECORDED = "kassa.preorder.payments_recorded"

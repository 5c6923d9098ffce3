/** The counter tender that pays with the customer's store credit. */
export const STORE_CREDIT_TENDER = "store_credit"

/** The counter tender that sells on installments (its amount is what is financed). */
export const INSTALLMENT_TENDER = "installment"

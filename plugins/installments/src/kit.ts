/**
 * What other plugins (the counter page) import from @kassa/installments/kit: the tender's id,
 * the shape of its `data` and the payment event. The calculator is
 * GET /admin/kassa/installments/calculator.
 */
import type { CreditDetails } from "./credit/schema"

export { INSTALLMENT_TENDER } from "./tender/tender-id"
export { INSTALLMENT_PAYMENT_RECORDED } from "./workflows/collections/workflows/collect-payment"
export { INSTALLMENT_PLAN_DECIDED, INSTALLMENT_PLAN_OVERDUE, type InstallmentPlanDecidedData, type InstallmentPlanOverdueData } from "./workflows/plans/events"
// The daily pass (overdue marks, late fees, reminders) that its job runs, for a script or test at a chosen time.
export { installmentsDailyWorkflow } from "./workflows/daily/workflows/run-daily"
export type { CreditDetails }

/** The installment tender's `data` at checkout; its `amount` is what is financed. */
export type InstallmentTenderData = { term_months: number; credit?: CreditDetails }

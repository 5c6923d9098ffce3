/** A plan was approved (by an officer, or at the counter within the automatic-approval amount) or rejected. */
export const INSTALLMENT_PLAN_DECIDED = "kassa.installments.plan_decided"

export type InstallmentPlanDecidedData = { id: string; decision: "approved" | "rejected" }

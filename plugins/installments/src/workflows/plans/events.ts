/** A plan was approved (by an officer, or at the counter within the automatic-approval amount) or rejected. */
export const INSTALLMENT_PLAN_DECIDED = "kassa.installments.plan_decided"

export type InstallmentPlanDecidedData = { id: string; decision: "approved" | "rejected" }

/** Installments of an active plan fell overdue (the daily pass): once per installment, on the day it does. */
export const INSTALLMENT_PLAN_OVERDUE = "kassa.installments.plan_overdue"

/** `sequences`: the installments (1, 2, …) that fell overdue; `date`: the branch's day it happened. */
export type InstallmentPlanOverdueData = { id: string; sequences: number[]; date: string }

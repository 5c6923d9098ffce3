import { StatusBadge } from "@medusajs/ui"
import { STATUS_COLOR, STATUS_LABEL } from "../lib/format"
import type { Plan } from "../lib/types"

/** The plan's status, and how far past due an active one is. */
export const PlanStatus = ({ plan }: { plan: Pick<Plan, "status" | "days_past_due"> }) =>
  plan.status === "active" && plan.days_past_due > 0 ? (
    <StatusBadge color="red">{plan.days_past_due} days past due</StatusBadge>
  ) : (
    <StatusBadge color={STATUS_COLOR[plan.status]}>{STATUS_LABEL[plan.status]}</StatusBadge>
  )

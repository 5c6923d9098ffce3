import type { PlanStatus } from "./types"

export const php = (amount: string | number | null | undefined) =>
  amount === null || amount === undefined || amount === "" ? "–" : new Intl.NumberFormat(undefined, { style: "currency", currency: "PHP" }).format(Number(amount))

export const customerName = (c: { first_name: string | null; last_name: string | null; email: string | null } | null) =>
  c ? [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || "–" : "–"

export const STATUS_LABEL: Record<PlanStatus, string> = {
  pending_approval: "Pending approval",
  active: "Active",
  completed: "Completed",
  rejected: "Rejected",
  canceled: "Canceled",
}

export const STATUS_COLOR: Record<PlanStatus, "orange" | "green" | "blue" | "red" | "grey"> = {
  pending_approval: "orange",
  active: "green",
  completed: "blue",
  rejected: "red",
  canceled: "grey",
}

export const date = (d: string | null) => (d ? new Date(d).toLocaleDateString() : "–")

export const CLAIM_TYPES = ["repair", "replacement"] as const
export const CLAIM_STATUSES = ["pending", "in_progress", "completed", "released", "rejected", "canceled"] as const
export type ClaimType = (typeof CLAIM_TYPES)[number]
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]

/** Pending → In-Progress → Completed → Released; rejected or canceled before completion. */
export const TRANSITIONS: Record<ClaimStatus, ClaimStatus[]> = {
  pending: ["in_progress", "rejected", "canceled"],
  in_progress: ["completed", "rejected", "canceled"],
  completed: ["released"],
  released: [],
  rejected: [],
  canceled: [],
}

/** Statuses in which a unit is still with the store: a second claim on its serial is refused. */
export const OPEN_STATUSES: ClaimStatus[] = ["pending", "in_progress", "completed"]

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: "Pending",
  in_progress: "In progress",
  completed: "Completed",
  released: "Released",
  rejected: "Rejected",
  canceled: "Canceled",
}

export const canMove = (from: ClaimStatus, to: ClaimStatus) => TRANSITIONS[from].includes(to)

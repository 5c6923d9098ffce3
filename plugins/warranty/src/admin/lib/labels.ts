import type { ClaimStatus, DisposalStatus } from "./types"

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  pending: "Pending",
  in_progress: "In progress",
  completed: "Completed",
  released: "Released",
  rejected: "Rejected",
  canceled: "Canceled",
}

/** The server's lifecycle (modules/warranty/lifecycle.ts): the moves a claim's page offers. */
export const NEXT_STATUSES: Record<ClaimStatus, ClaimStatus[]> = {
  pending: ["in_progress", "rejected", "canceled"],
  in_progress: ["completed", "rejected", "canceled"],
  completed: ["released"],
  released: [],
  rejected: [],
  canceled: [],
}

export const STATUS_COLORS: Record<ClaimStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  pending: "orange",
  in_progress: "blue",
  completed: "green",
  released: "grey",
  rejected: "red",
  canceled: "grey",
}

export const DISPOSAL_LABELS: Record<DisposalStatus, string> = {
  pending: "Awaiting disposal",
  repaired: "Repaired",
  returned_to_supplier: "Returned to supplier",
  disposed: "Written off",
}

export const SOURCE_LABELS: Record<"replacement" | "return" | "shelf", string> = {
  replacement: "Warranty replacement",
  return: "Damaged return",
  shelf: "Found on the shelf",
}

export const formatDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })

/** ₱1,234.50: the amount's decimal string is formatted as is (Intl takes exact decimal strings). */
export const formatMoney = (amount: number | string, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(String(amount) as unknown as number)

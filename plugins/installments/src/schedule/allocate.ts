import type { IsoDate } from "./due-dates"
import { sum } from "./money"

/** What is still owed on an installment, by component, in centavos. */
export type Outstanding = { id: string; sequence: number; due_date: IsoDate; fee: number; interest: number; principal: number }

export type Allocation = { installment_id: string; fee: number; interest: number; principal: number }

export const owed = (i: Outstanding) => i.fee + i.interest + i.principal

/**
 * Applies a payment oldest-due first; within each installment fees first, then interest, then
 * principal. What a payment leaves after the installments now due goes on to the next ones
 * (pays ahead). Returns the allocations and what no installment could take.
 */
export function allocate(installments: Outstanding[], amount: number): { allocations: Allocation[]; unapplied: number } {
  let left = amount
  const allocations: Allocation[] = []
  const ordered = [...installments].sort((a, b) => a.due_date.localeCompare(b.due_date) || a.sequence - b.sequence)
  for (const i of ordered) {
    if (left <= 0) break
    const fee = Math.min(left, i.fee)
    left -= fee
    const interest = Math.min(left, i.interest)
    left -= interest
    const principal = Math.min(left, i.principal)
    left -= principal
    if (fee + interest + principal > 0) allocations.push({ installment_id: i.id, fee, interest, principal })
  }
  return { allocations, unapplied: left }
}

/**
 * The early-payoff amount on `today`: everything owed on installments already due, and on the
 * ones not yet due their principal and fees only — interest not yet due is waived.
 */
export function payoffQuote(installments: Outstanding[], today: IsoDate) {
  const waived = sum(installments.filter((i) => i.due_date > today).map((i) => i.interest))
  return { amount: sum(installments.map(owed)) - waived, interest_waived: waived }
}

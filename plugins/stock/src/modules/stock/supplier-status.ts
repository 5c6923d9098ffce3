export type SupplierStatus = "active" | "renewed" | "opted_out" | "expired"

type Dates = { contract_end?: Date | string | null; renewed_at?: Date | string | null; opted_out_at?: Date | string | null }

const passed = (d: Date | string | null | undefined, now: Date) => d != null && new Date(d).getTime() <= now.getTime()

/**
 * A contract's status from its dates: opted out once the opt-out date is reached, expired once
 * its end has passed, renewed while a renewed contract runs, else active.
 */
export function supplierStatus(s: Dates, now = new Date()): SupplierStatus {
  if (passed(s.opted_out_at, now)) return "opted_out"
  if (passed(s.contract_end, now)) return "expired"
  return s.renewed_at ? "renewed" : "active"
}

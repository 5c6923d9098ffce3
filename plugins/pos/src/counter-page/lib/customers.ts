import type { Customer } from "./types"

const STORE = "kassa.pos.customers"

/**
 * Customers this counter attached lately, by id: a ticket carries only the customer's id, and
 * a resumed or reloaded sale should still show the name.
 */
export function rememberCustomer(c: Customer) {
  const all = JSON.parse(localStorage.getItem(STORE) ?? "{}") as Record<string, Customer>
  const kept = Object.fromEntries(Object.entries({ ...all, [c.id]: c }).slice(-50))
  localStorage.setItem(STORE, JSON.stringify(kept))
}

export const rememberedCustomer = (id: string | null) => (id ? ((JSON.parse(localStorage.getItem(STORE) ?? "{}") as Record<string, Customer>)[id] ?? null) : null)

import type { CounterApi } from "@kassa/pos/counter"

export type Tier = { id: string; name: string }
/** A member's standing as GET loyalty/customers/:id answers it (points whole, values in centavos). */
export type Member = { tier: Tier | null; balance: number; available: number; available_value: number }
export type Loyalty = { member: Member | null; point_value: number }

/** The customer's membership, asked at the counter's branch (refused there when loyalty is off). */
export const loyaltyOf = (api: CounterApi, customerId: string, locationId: string) =>
  api.get<Loyalty>(`loyalty/customers/${customerId}`, { location_id: locationId })

export const enrol = (api: CounterApi, customerId: string, locationId: string, consent: boolean) =>
  api.post<{ member: Member }>(`loyalty/customers/${customerId}/enrol`, { location_id: locationId, marketing_consent: consent })

/** Centavos as the counter shows money (pesos, two decimals). */
export const pesos = (centavos: number) => centavos / 100

import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Settings } from "../../settings-type"

export type Me = { policies: string[]; staff: { all_branches: boolean } | null; branches: { stock_location_id: string; plugins: Record<string, boolean> }[] }
export type Tier = { id: string; name: string; threshold: number; earn_multiplier_percent: number; customer_group_id: string | null }
export type Standing = { account_id: string; tier: Tier | null; balance: number; available: number; available_value: number; qualifying: number; enrolled_at: string; last_activity_at: string | null; marketing_consent: boolean }
export type Entry = { id: string; type: string; points: number; balance: number; shortfall: number; reason: string | null; reference_type: string | null; reference_id: string | null; created_at: string; expires_at: string | null }
export type CustomerLoyalty = { member: Standing | null; history: Entry[]; point_value: number }

/** "me" is core's key: every plugin's admin shares one answer. */
export const useMe = () => useQuery({ queryKey: ["kassa", "me"], queryFn: () => sdk.client.fetch<Me>("/admin/kassa/me"), staleTime: 60_000 })

export const grants = (policies: string[], policy: string) => policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/** What the staff member may do here: a policy, at a branch of theirs where loyalty is on. */
export function useAccess() {
  const { data: me } = useMe()
  const can = (policy: string) => !!me && grants(me.policies, policy)
  const branchesFor = (policy: string) => (can(policy) ? (me?.branches ?? []).filter((b) => b.plugins["loyalty"] !== false).map((b) => b.stock_location_id) : [])
  return { can, branchesFor }
}

export const useLocations = () =>
  useQuery({
    queryKey: ["kassa", "loyalty", "locations"],
    queryFn: () => sdk.client.fetch<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { query: { fields: "id,name", limit: 100 } }),
    select: (d) => d.stock_locations,
    staleTime: 300_000,
  })

export const useCustomerLoyalty = (customerId: string) =>
  useQuery({ queryKey: ["kassa", "loyalty", "customer", customerId], queryFn: () => sdk.client.fetch<CustomerLoyalty>(`/admin/kassa/loyalty/customers/${customerId}`) })

function useCustomerMutation<B extends Record<string, unknown>>(customerId: string, path: string, done: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => sdk.client.fetch(`/admin/kassa/loyalty/customers/${customerId}/${path}`, { method: "POST", body }),
    onSuccess: () => {
      toast.success(done)
      client.invalidateQueries({ queryKey: ["kassa", "loyalty"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

export const useEnrol = (customerId: string) => useCustomerMutation<{ location_id: string; marketing_consent: boolean }>(customerId, "enrol", "Enrolled")
export const useAdjust = (customerId: string) => useCustomerMutation<{ location_id: string; points: number; reason: string }>(customerId, "adjust", "Points adjusted")

/** Centavos as pesos. */
export const money = (centavos: number) => new Intl.NumberFormat("en-PH", { style: "currency", currency: "PHP" }).format(centavos / 100)
export const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-PH", { year: "numeric", month: "short", day: "numeric" }) : "—")

export type { Settings }
export type MemberRow = Standing & { customer_id: string; customer: { first_name: string | null; last_name: string | null; email: string | null; phone: string | null } | null }
export type Figures = { members: number; active_members: number; points_outstanding: number; liability: number; points_redeemed_this_month: number }

export const useProgramme = () =>
  useQuery({ queryKey: ["kassa", "loyalty", "settings"], queryFn: () => sdk.client.fetch<{ settings: Settings; tiers: Tier[] }>("/admin/kassa/loyalty/settings") })
export const useFigures = () => useQuery({ queryKey: ["kassa", "loyalty", "figures"], queryFn: () => sdk.client.fetch<{ figures: Figures }>("/admin/kassa/loyalty/figures"), select: (d) => d.figures })
export const useMembers = (query: Record<string, string>) =>
  useQuery({ queryKey: ["kassa", "loyalty", "members", query], queryFn: () => sdk.client.fetch<{ members: MemberRow[]; count: number }>("/admin/kassa/loyalty/members", { query }) })

function usePost<B extends Record<string, unknown>>(path: (b: B) => string, done: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: B) => {
      const { id: _id, ...rest } = body as B & { id?: string }
      return sdk.client.fetch(path(body), { method: "POST", body: rest })
    },
    onSuccess: () => {
      toast.success(done)
      client.invalidateQueries({ queryKey: ["kassa", "loyalty"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}
export const useSaveSettings = () => usePost<Partial<Settings>>(() => "/admin/kassa/loyalty/settings", "Settings saved")
export const useSaveTier = () =>
  usePost<{ id?: string; name: string; threshold: number; earn_multiplier_percent: number }>((b) => (b.id ? `/admin/kassa/loyalty/tiers/${b.id}` : "/admin/kassa/loyalty/tiers"), "Tier saved")

import { toast } from "@medusajs/ui"
import { QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Figures, Me, Plan, PlanDetail, PlanFilters, Quote, Terms } from "./types"

const base = "/admin/kassa/installments"

/** Every key starts with "kassa"; "me" is the core plugin's own key, so both share one answer. */
export const installmentKeys = {
  me: ["kassa", "me"],
  plans: ["kassa", "installments", "plans"],
  plansFor: (f: PlanFilters) => ["kassa", "installments", "plans", f],
  plan: (id: string) => ["kassa", "installments", "plan", id],
  figures: (locationId?: string) => ["kassa", "installments", "figures", locationId ?? "all"],
  terms: (locationId: string) => ["kassa", "installments", "terms", locationId],
  locations: ["kassa", "installments", "locations"],
  officers: ["kassa", "installments", "officers"],
}

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })
const clean = (f: Record<string, string | undefined>) => Object.fromEntries(Object.entries(f).filter(([, v]) => v))

export const useMe = () => useQuery({ queryKey: installmentKeys.me, queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

/** Stock location names by id: branches are stock locations. */
export const useLocations = () =>
  useQuery({
    queryKey: installmentKeys.locations,
    queryFn: get<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { fields: "id,name", limit: 100 }),
    select: (d) => d.stock_locations,
    staleTime: 5 * 60 * 1000,
  })

export const usePlans = (filters: PlanFilters, limit = 50) =>
  useQuery({
    queryKey: installmentKeys.plansFor({ ...filters, limit: String(limit) } as PlanFilters),
    queryFn: get<{ plans: Plan[]; count: number }>(`${base}/plans`, { ...clean(filters), limit }),
    retry: false,
  })

export const usePlan = (id: string) =>
  useQuery({ queryKey: installmentKeys.plan(id), queryFn: get<{ plan: PlanDetail }>(`${base}/plans/${id}`), select: (d) => d.plan, retry: false })

export const useFigures = (locationId?: string) =>
  useQuery({
    queryKey: installmentKeys.figures(locationId),
    queryFn: get<{ today: string; figures: Figures }>(`${base}/dashboard`, clean({ location_id: locationId })),
    retry: false,
  })

export const useTerms = (locationId: string) =>
  useQuery({
    queryKey: installmentKeys.terms(locationId),
    queryFn: get<{ terms: Terms }>(`${base}/terms/${locationId}`),
    select: (d) => d.terms,
    enabled: !!locationId,
    retry: false,
  })

export const useQuotes = (query: { location_id: string; price: string; down_payment?: string; term_months?: string }) =>
  useQuery({
    queryKey: ["kassa", "installments", "calculator", query],
    queryFn: get<{ minimum_down_payment: string; quotes: Quote[] }>(`${base}/calculator`, clean(query)),
    enabled: !!query.location_id && Number(query.price) > 0,
    retry: false,
  })

/** A write: a toast, then the queries it touched are refreshed; failures show the server's message. */
function useWrite<TVars>(request: (vars: TVars) => Promise<unknown>, success: string, refresh: QueryKey[]) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      toast.success(success)
      return Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })))
    },
    onError: (e: Error) => {
      toast.error(e.message)
      return Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })))
    },
  })
}

const post = (path: string, body: object) => sdk.client.fetch(path, { method: "POST", body })

export const useDecide = (planId: string) =>
  useWrite(
    ({ decision, note }: { decision: "approve" | "reject"; note: string }) => post(`${base}/plans/${planId}/${decision}`, { note }),
    "Decision recorded",
    [installmentKeys.plans, installmentKeys.plan(planId)]
  )

export type CollectInput = { location_id: string; method: string; amount: number; reference?: string; payoff?: boolean }

export const useCollect = (planId: string) =>
  useWrite((body: CollectInput) => post(`${base}/plans/${planId}/payments`, body), "Payment recorded", [installmentKeys.plans, installmentKeys.plan(planId)])

export const useSaveTerms = (locationId: string) =>
  useWrite((body: Partial<Terms>) => post(`${base}/terms/${locationId}`, body), "Terms saved", [installmentKeys.terms(locationId)])

export type CreditOfficer = { staff_member_id: string; approval_limit: string | number | null; security_level: number }
export type StaffMember = { id: string; is_active: boolean; user: { email: string; first_name: string | null; last_name: string | null } }

/** Staff (core's list) with their approval limits and security levels (this plugin's). */
export const useCreditOfficers = () =>
  useQuery({
    queryKey: installmentKeys.officers,
    queryFn: async () => {
      const [{ staff }, { credit_officers }] = await Promise.all([
        sdk.client.fetch<{ staff: StaffMember[] }>("/admin/kassa/staff"),
        sdk.client.fetch<{ credit_officers: CreditOfficer[] }>(`${base}/officers`),
      ])
      const byStaff = new Map(credit_officers.map((o) => [o.staff_member_id, o]))
      return staff.filter((s) => s.is_active).map((s) => ({ staff: s, officer: byStaff.get(s.id) }))
    },
  })

export const useSaveCreditOfficer = (staffMemberId: string) =>
  useWrite(
    (body: { approval_limit: number | null; security_level: number }) => post(`${base}/officers/${staffMemberId}`, body),
    "Approval limit saved",
    [installmentKeys.officers]
  )

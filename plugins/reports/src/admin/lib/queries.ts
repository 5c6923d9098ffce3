import { useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Dashboard, Me, SalesFilters, SalesReport } from "./types"

const base = "/admin/kassa/reports"
const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })
export const clean = (f: Record<string, string | undefined>) => Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>

/** "me" is core's own key, so every plugin shares one answer. */
export const useMe = () => useQuery({ queryKey: ["kassa", "me"], queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

/** Stock location names by id: branches are stock locations. */
export const useLocations = () =>
  useQuery({
    queryKey: ["kassa", "reports", "locations"],
    queryFn: get<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { fields: "id,name", limit: 100 }),
    select: (d) => d.stock_locations,
    staleTime: 5 * 60 * 1000,
  })

export const useDashboard = (branchId?: string) =>
  useQuery({
    queryKey: ["kassa", "reports", "dashboard", branchId ?? "all"],
    queryFn: get<{ dashboard: Dashboard }>(`${base}/dashboard`, clean({ branch_id: branchId })),
    select: (d) => d.dashboard,
    refetchInterval: 60 * 1000,
  })

export const useSalesReport = (filters: SalesFilters) =>
  useQuery({
    queryKey: ["kassa", "reports", "sales", filters],
    queryFn: get<{ report: SalesReport }>(`${base}/sales`, clean(filters)),
    select: (d) => d.report,
  })

/** The branches a report may be narrowed to: every location for staff of every branch, else their own. */
export function useBranchChoices() {
  const me = useMe().data
  const locations = useLocations().data ?? []
  return locations.filter((l) => me?.staff?.all_branches !== false || me?.branches.some((b) => b.stock_location_id === l.id))
}

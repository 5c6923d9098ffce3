import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type Me = { policies: string[]; branches: { stock_location_id: string; plugins: Record<string, boolean> }[]; staff: { all_branches: boolean } | null }
export type Level = { variant_id: string; product_title: string | null; variant_title: string | null; sku: string | null; stocked: number; reserved: number; available: number; min_quantity: number; reorder_quantity: number; status: "healthy" | "low" | "out" }
export type SupplierOption = { supplier_id: string; name: string; cost: number; currency_code: string; lead_time_days: number }
export type ReorderLine = { id: string; variant_id: string; quantity: number; supplier_id: string | null; level: Level | null; on_order: number; suggested_quantity: number | null; suppliers: SupplierOption[] }
export type Supplier = { id: string; name: string; contact_name: string | null; phone: string | null; email: string | null; terms: string | null; contract_start: string | null; contract_end: string | null; archived_at: string | null; status: string }
export type PurchaseOrder = {
  id: string
  number: string
  status: string
  supplier_id: string
  location_id: string
  currency_code: string
  created_at: string
  lines: { id: string; title: string; sku: string | null; quantity: number; received_quantity: number; unit_cost: number }[]
}

export type TransferLine = { id: string; title: string; sku: string | null; quantity: number; received_quantity: number | null; damaged_quantity: number | null; missing_quantity: number | null; note: string | null }
export type Transfer = {
  id: string
  number: string
  kind: string
  status: string
  from_location_id: string
  to_location_id: string
  note: string | null
  has_discrepancy: boolean
  created_at: string
  dispatched_at: string | null
  received_at: string | null
  lines: TransferLine[]
}
export type CountLine = { id: string; variant_id: string; title: string; sku: string | null; barcode: string | null; system_quantity: number; counted_quantity: number | null; variance: number | null; variance_value: string | null }
export type StockCount = {
  id: string
  number: string
  status: string
  scope: string
  location_id: string
  currency_code: string | null
  reason: string | null
  created_at: string
  approved_at: string | null
  lines?: CountLine[]
  counted_lines?: number
  variance_units?: number
  variance_value?: string | null
  unvalued_lines?: number
}

export const useMe = () => useQuery({ queryKey: ["kassa", "me"], queryFn: () => sdk.client.fetch<Me>("/admin/kassa/me"), staleTime: 60_000 })

const grants = (policies: string[], policy: string) => policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/** Whether the staff member holds a policy (the server decides again on every request). */
export function useCan() {
  const { data: me } = useMe()
  return (policy: string) => !!me && grants(me.policies, policy)
}

export const useLocations = () =>
  useQuery({
    queryKey: ["kassa", "stock", "locations"],
    queryFn: () => sdk.client.fetch<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { query: { fields: "id,name", limit: 100 } }),
    select: (d) => d.stock_locations,
    staleTime: 300_000,
  })

const get = <T,>(key: unknown[], path: string, query?: Record<string, string>, enabled = true) =>
  useQuery({ queryKey: ["kassa", "stock", ...key], queryFn: () => sdk.client.fetch<T>(path, { query }), enabled })

export const useLevels = (location: string, status: string) =>
  get<{ stock_levels: Level[]; count: number }>(["levels", location, status], "/admin/kassa/stock/levels", { location_id: location, status, limit: "500" }, !!location)
export const useReorderList = (location: string) =>
  get<{ reorder_lines: ReorderLine[] }>(["reorder", location], "/admin/kassa/stock/reorder-list", { location_id: location }, !!location)
export const useSuppliers = (query: Record<string, string>) => get<{ suppliers: Supplier[]; count: number }>(["suppliers", query], "/admin/kassa/stock/suppliers", query)
export const usePurchaseOrders = (query: Record<string, string>) => get<{ purchase_orders: PurchaseOrder[]; count: number }>(["purchase-orders", query], "/admin/kassa/stock/purchase-orders", query)

export const useTransfers = (query: Record<string, string>) => get<{ transfers: Transfer[]; count: number }>(["transfers", query], "/admin/kassa/stock/transfers", query)
export const useTransfer = (id: string) => get<{ transfer: Transfer }>(["transfers", id], `/admin/kassa/stock/transfers/${id}`)
export const useCounts = (query: Record<string, string>) => get<{ counts: StockCount[]; count: number }>(["counts", query], "/admin/kassa/stock/counts", query)
export const useCount = (id: string) => get<{ stock_count: StockCount }>(["counts", id], `/admin/kassa/stock/counts/${id}`)

/** A location's name from the stock locations list (its id until they load). */
export function useLocationName() {
  const { data: locations = [] } = useLocations()
  return (id: string) => locations.find((l) => l.id === id)?.name ?? id
}

/** A POST or DELETE to the stock routes; every stock view is read again after it, the API's message shown on failure. */
export function useStockWrite(done: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ path, body, method = "POST" }: { path: string; body?: Record<string, unknown>; method?: "POST" | "DELETE" }) =>
      sdk.client.fetch(`/admin/kassa/stock${path}`, { method, body }),
    onSuccess: () => {
      toast.success(done)
      client.invalidateQueries({ queryKey: ["kassa", "stock"] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

export const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-PH", { year: "numeric", month: "short", day: "numeric" }) : "—")
export const money = (amount: number, currency: string) => new Intl.NumberFormat("en-PH", { style: "currency", currency: currency.toUpperCase() }).format(amount)

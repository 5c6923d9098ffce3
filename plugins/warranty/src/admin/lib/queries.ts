import type { FetchError } from "@medusajs/js-sdk"
import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { Claim, ClaimsPage, DefectiveReport, DefectiveUnit, Figures, Lookup, Me } from "./types"

export const isForbidden = (error: unknown) => (error as FetchError | null)?.status === 403
const retry = (failures: number, error: Error) => !isForbidden(error) && failures < 2

/** Every key starts with "kassa"; "me" is the core plugin's own key, so all share one answer. */
export const warrantyKeys = {
  me: ["kassa", "me"],
  all: ["kassa", "warranty"],
  claims: (filters: Record<string, unknown>) => ["kassa", "warranty", "claims", filters],
  claim: (id: string) => ["kassa", "warranty", "claim", id],
  figures: (filters: Record<string, unknown>) => ["kassa", "warranty", "figures", filters],
  defective: (locationId: string) => ["kassa", "warranty", "defective", locationId],
  locations: ["kassa", "warranty", "locations"],
}

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })

export const useMe = () => useQuery({ queryKey: warrantyKeys.me, queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

export const useClaims = (filters: Record<string, unknown>, enabled = true) =>
  useQuery({ queryKey: warrantyKeys.claims(filters), queryFn: get<ClaimsPage>("/admin/kassa/warranty/claims", filters), enabled, retry })

/** The claim and the names of the staff it mentions, by staff id. */
export const useClaim = (id: string) =>
  useQuery({ queryKey: warrantyKeys.claim(id), queryFn: get<{ claim: Claim; staff: Record<string, string> }>(`/admin/kassa/warranty/claims/${id}`), retry })

export const useFigures = (filters: Record<string, unknown>, enabled = true) =>
  useQuery({ queryKey: warrantyKeys.figures(filters), queryFn: get<{ figures: Figures }>("/admin/kassa/warranty/figures", filters), select: (d) => d.figures, enabled, retry })

export const useDefectiveUnits = (locationId: string | undefined) =>
  useQuery({
    queryKey: warrantyKeys.defective(locationId ?? ""),
    queryFn: get<{ defective_units: DefectiveUnit[] }>("/admin/kassa/warranty/defective-units", { location_id: locationId, limit: 200 }),
    select: (d) => d.defective_units,
    enabled: !!locationId,
    retry,
  })

export const useDefectiveReport = (locationId: string | undefined) =>
  useQuery({
    queryKey: [...warrantyKeys.defective(locationId ?? ""), "report"],
    queryFn: get<DefectiveReport>("/admin/kassa/warranty/defective-units/report", { location_id: locationId }),
    enabled: !!locationId,
    retry,
  })

type VariantHit = { id: string; title: string; sku: string | null; barcode: string | null; product: { title: string } | null }

/** Variants whose title, SKU or barcode matches (Medusa's own variant search). */
export const useVariantSearch = (q: string) =>
  useQuery({
    queryKey: ["kassa", "warranty", "variant-search", q],
    queryFn: get<{ variants: VariantHit[] }>("/admin/product-variants", { q, limit: 10, fields: "id,title,sku,barcode,product.title" }),
    select: (d) => d.variants,
    enabled: q.trim().length >= 2,
    staleTime: 30 * 1000,
  })

export const useLookup = (query: { location_id?: string; serial_number?: string; order_id: string; line_item_id?: string }) =>
  useQuery({
    queryKey: ["kassa", "warranty", "lookup", query],
    queryFn: get<Lookup>("/admin/kassa/warranty/lookup", query),
    enabled: !!query.location_id && !!query.serial_number && !!query.line_item_id,
    retry: false,
  })

/** Stock location names by id: branches are stock locations. */
export const useLocationNames = () =>
  useQuery({
    queryKey: warrantyKeys.locations,
    queryFn: get<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { fields: "id,name", limit: 100 }),
    select: (d) => new Map(d.stock_locations.map((l) => [l.id, l.name])),
    staleTime: 5 * 60 * 1000,
  })

/** A write: on success a toast and a refresh of every warranty query; on failure the server's message. */
export function useWarrantyWrite<TVars, TResult = unknown>(request: (vars: TVars) => Promise<TResult>, success: string, refresh: QueryKey[] = [warrantyKeys.all]) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      toast.success(success)
      return Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })))
    },
    onError: (e: Error) => toast.error(e.message),
  })
}

export const post = <T>(path: string, body: Record<string, unknown>) => sdk.client.fetch<T>(path, { method: "POST", body })

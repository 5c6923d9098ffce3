import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { apiUrl, sdk } from "./sdk"
import type { Branch, LabelLayout, LabelPrinter, Me, SearchProduct } from "./labels-types"

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })

/** "me" is the core plugin's own key: every Kassa admin page shares one answer. */
export const useMe = () => useQuery({ queryKey: ["kassa", "me"], queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

/** The server's rule: `*` grants everything, `resource:*` every operation on it. */
const grants = (policies: string[], policy: string) =>
  policies.includes("*") || policies.includes(policy) || policies.includes(`${policy.split(":")[0]}:*`)

/** The branches where the caller may print labels (printing switched on there), by name. */
export function useLabelBranches() {
  const me = useMe()
  const locations = useQuery({
    queryKey: ["kassa", "labels", "locations"],
    queryFn: get<{ stock_locations: Branch[] }>("/admin/stock-locations", { fields: "id,name", limit: 100 }),
    select: (d) => d.stock_locations,
    staleTime: 5 * 60 * 1000,
  })
  const allowed = !!me.data && grants(me.data.policies, "printer:print")
  const branches = (locations.data ?? []).filter((l) => allowed && me.data!.branches.some((b) => b.stock_location_id === l.id && b.plugins.printing !== false))
  return { branches, loading: me.isLoading || locations.isLoading }
}

/** The branch's active network printers, label printers first (any ESC/POS printer can print labels). */
export const useLabelPrinters = (locationId: string | undefined) =>
  useQuery({
    queryKey: ["kassa", "labels", "printers", locationId],
    enabled: !!locationId,
    queryFn: get<{ printers: LabelPrinter[] }>("/admin/kassa/printing/printers", { location_id: locationId, limit: 200 }),
    select: (d) => d.printers.filter((p) => p.is_active && p.kind === "network").sort((a, b) => Number(b.role === "label") - Number(a.role === "label")),
    retry: false,
  })

/** Products matching a search, with their variants and codes. */
export const useProductSearch = (q: string) =>
  useQuery({
    queryKey: ["kassa", "labels", "search", q],
    enabled: q.trim().length >= 2,
    queryFn: get<{ products: SearchProduct[] }>("/admin/products", { q: q.trim(), limit: 10, fields: "id,title,subtitle,thumbnail,variants.id,variants.title,variants.barcode,variants.sku" }),
    select: (d) => d.products,
    staleTime: 30 * 1000,
  })

/** How many variants a product has (the product page hands widgets the product without them). */
export const useVariantCount = (productId: string) =>
  useQuery({
    queryKey: ["kassa", "labels", "variant-count", productId],
    queryFn: get<{ variants: unknown[]; count: number }>(`/admin/products/${productId}/variants`, { fields: "id", limit: 1 }),
    select: (d) => d.count,
  })

export type LabelsBody = {
  location_id: string
  layout: LabelLayout
  printer_id?: string
} & ({ items: { variant_id: string; quantity: number }[] } | { product_ids: string[]; quantity?: number })

/** The server's message for a refused request (JSON `{ message }`), else the status. */
async function failure(res: Response) {
  const body = await res.json().catch(() => null)
  return new Error(body?.message ?? `The server answered ${res.status}`)
}

/** Downloads the labels as a PDF (the browser's own download: the session cookie goes with it). */
export const useDownloadLabels = () =>
  useMutation({
    mutationFn: async (body: LabelsBody) => {
      const res = await fetch(apiUrl("/admin/kassa/printing/labels"), {
        method: "POST",
        credentials: "include",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, format: "pdf" }),
      })
      if (!res.ok) throw await failure(res)
      const url = URL.createObjectURL(await res.blob())
      const a = Object.assign(document.createElement("a"), { href: url, download: "labels.pdf" })
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    },
    onError: (e: Error) => toast.error("Labels not made", { description: e.message }),
  })

/** Queues the labels for a label printer at the branch. */
export const useSendLabels = () =>
  useMutation({
    mutationFn: (body: LabelsBody) =>
      sdk.client.fetch<{ print_jobs: { id: string; printer_id: string }[] }>("/admin/kassa/printing/labels", { method: "POST", body: { ...body, format: "printer" } }),
    onSuccess: () => toast.success("Labels sent to the printer"),
    onError: (e: Error) => toast.error("Labels not sent", { description: e.message }),
  })

/** The store's barcode numbering: the GS1 prefix (or internal codes) and whether new variants get codes. */
export type BarcodeSettings = { gs1_prefix: string | null; assign_on_create: boolean; prefix: string; internal: boolean; capacity: number }

export const useBarcodeSettings = () =>
  useQuery({
    queryKey: ["kassa", "labels", "barcode-settings"],
    queryFn: get<{ barcode_settings: BarcodeSettings }>("/admin/kassa/printing/barcode-settings"),
    select: (d) => d.barcode_settings,
    retry: false,
  })

export const useSaveBarcodeSettings = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { gs1_prefix: string | null; assign_on_create: boolean }) =>
      sdk.client.fetch<{ barcode_settings: BarcodeSettings }>("/admin/kassa/printing/barcode-settings", { method: "POST", body }),
    onSuccess: () => {
      toast.success("Barcode numbering saved: new variants are numbered this way")
      void client.invalidateQueries({ queryKey: ["kassa", "labels", "barcode-settings"] })
    },
    onError: (e: Error) => toast.error("Not saved", { description: e.message }),
  })
}

/** A page of the product list for the labels bulk action, with each product's variant count. */
export type ListedProduct = { id: string; title: string; status: string; thumbnail: string | null; variants: { id: string }[] }

export const useProductPage = (q: string, limit: number, offset: number) =>
  useQuery({
    queryKey: ["kassa", "labels", "products", q, limit, offset],
    queryFn: get<{ products: ListedProduct[]; count: number }>("/admin/products", {
      ...(q.trim() ? { q: q.trim() } : {}),
      limit,
      offset,
      order: "title",
      fields: "id,title,status,thumbnail,variants.id",
    }),
    placeholderData: (previous) => previous,
  })

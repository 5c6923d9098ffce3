import Medusa from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"

// The admin is served by the Medusa server itself, so "/" reaches it with the session cookie.
const baseUrl = import.meta.env.VITE_BACKEND_URL || "/"
export const sdk = new Medusa({ baseUrl, auth: { type: "session" } })
/** The API's origin and path prefix, for links the browser follows itself (CSV downloads). */
export const apiUrl = (path: string) => `${baseUrl.replace(/\/$/, "")}${path}`

export type PreorderRow = {
  id: string
  number: string
  kind: "preorder" | "layaway"
  status: string
  stock_location_id: string
  customer_id: string
  variant_id: string
  title: string
  quantity: number
  currency_code: string
  total: string
  paid: string
  balance: string
  expected_at: string | null
  expires_at: string | null
  created_at: string
}

export type PreorderFilters = { status?: string; location_id?: string; kind?: string; overdue?: string; customer_id?: string; product_id?: string; offset?: string }

export const PAGE_SIZE = 20

const clean = (f: Record<string, string | undefined>) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== "")) as Record<string, string>

export const listQuery = (f: PreorderFilters) => clean(f)

export const usePreorders = (filters: PreorderFilters, limit = PAGE_SIZE) =>
  useQuery({
    queryKey: ["kassa-preorders", filters, limit],
    queryFn: () =>
      sdk.client.fetch<{ preorders: PreorderRow[]; count: number }>("/admin/kassa/preorders", { query: { ...clean(filters), limit } }),
    retry: false,
  })

export const useLocations = () =>
  useQuery({
    queryKey: ["kassa-preorders-locations"],
    queryFn: () => sdk.client.fetch<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { query: { fields: "id,name", limit: 100 } }),
    select: (d) => d.stock_locations,
    staleTime: 5 * 60 * 1000,
  })

export const money = (amount: string, currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(Number(amount))

export const day = (d: string | null) => (d ? new Date(d).toLocaleDateString() : "–")

export const STATUS: Record<string, { label: string; color: "orange" | "green" | "blue" | "grey" | "red" | "purple" }> = {
  awaiting_stock: { label: "Awaiting stock", color: "orange" },
  ready: { label: "Ready", color: "green" },
  shipped: { label: "Shipped", color: "purple" },
  collected: { label: "Collected", color: "blue" },
  delivered: { label: "Delivered", color: "blue" },
  canceled: { label: "Canceled", color: "grey" },
  expired: { label: "Expired", color: "red" },
}

export type Payment = { id: string; type: string; tender: string; amount: string; stock_location_id: string; receipt_number: string; created_at: string }

/** One record as GET /admin/kassa/preorders/:id answers it. */
export type PreorderRecord = PreorderRow & {
  unit_price: string
  reservation_id: string | null
  allocated_at: string | null
  notified_at: string | null
  closed_at: string | null
  close_reason: string | null
  serial_numbers: string[] | null
  note: string | null
  delivery: { address: Record<string, string | null>; fee: string; fulfillment_id: string | null } | null
  payments: Payment[]
}

export const usePreorder = (id: string) =>
  useQuery({
    queryKey: ["kassa-preorders", "record", id],
    queryFn: () => sdk.client.fetch<{ preorder: PreorderRecord }>(`/admin/kassa/preorders/${id}`),
    select: (d) => d.preorder,
    retry: false,
  })

/** A payment's slip as text (42 columns, as it prints). */
export const fetchSlip = (id: string, receiptNumber: string) =>
  fetch(apiUrl(`/admin/kassa/preorders/${id}/slip?${new URLSearchParams({ receipt_number: receiptNumber, format: "text" })}`), { credentials: "include" }).then((r) => r.text())

import { toast } from "@medusajs/ui"
import { QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import { dayQuery } from "./format"
import type { AccountFilters, AccountRow, GiftCardDetail, GiftCardFilters, GiftCardRow, GiftSaleFilters, GiftSaleRow, GiftSaleTotals, Me, OrderCredit, Settings, Statement } from "./types"

const base = "/admin/kassa/store-credit"
export const PAGE_SIZE = 50

/** Every key starts with "kassa"; "me" is the core plugin's own key, so every plugin shares one answer. */
export const storeCreditKeys = {
  me: ["kassa", "me"],
  all: ["kassa", "store-credit"],
  accounts: (f: AccountFilters) => ["kassa", "store-credit", "accounts", f],
  customer: (id: string) => ["kassa", "store-credit", "customer", id],
  order: (id: string) => ["kassa", "store-credit", "order", id],
  settings: ["kassa", "store-credit", "settings"],
  giftCards: (f: GiftCardFilters) => ["kassa", "store-credit", "gift-cards", f],
  giftCard: (id: string) => ["kassa", "store-credit", "gift-card", id],
  locations: ["kassa", "store-credit", "locations"],
  giftSales: (f: GiftSaleFilters) => ["kassa", "store-credit", "gift-sales", f],
  products: ["kassa", "store-credit", "products"],
  staff: ["kassa", "store-credit", "staff"],
}

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })
export const clean = (f: Record<string, string | undefined>) => Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>

export const useMe = () => useQuery({ queryKey: storeCreditKeys.me, queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

/** Stock location names by id: branches are stock locations. */
export const useLocations = () =>
  useQuery({
    queryKey: storeCreditKeys.locations,
    queryFn: get<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { fields: "id,name", limit: 100 }),
    select: (d) => d.stock_locations,
    staleTime: 5 * 60 * 1000,
  })

export const useAccounts = (filters: AccountFilters) =>
  useQuery({
    queryKey: storeCreditKeys.accounts(filters),
    queryFn: get<{ accounts: AccountRow[]; count: number; offset: number; limit: number }>(`${base}/accounts`, { ...clean(filters), limit: PAGE_SIZE }),
    retry: false,
  })

/** The gift sales report's query: the period's days as instants in the browser's time zone. */
export const giftSalesQuery = ({ from, to, ...rest }: GiftSaleFilters) => ({ ...clean(rest), ...dayQuery(from, to) })

export const useGiftSales = (filters: GiftSaleFilters) =>
  useQuery({
    queryKey: storeCreditKeys.giftSales(filters),
    queryFn: get<{ gift_sales: GiftSaleRow[]; count: number; totals: GiftSaleTotals; offset: number; limit: number }>(`${base}/gift-sales`, { ...giftSalesQuery(filters), limit: PAGE_SIZE }),
    retry: false,
  })

/** Products to filter the report by (the catalogue's few hundred, by title). */
export const useProducts = () =>
  useQuery({
    queryKey: storeCreditKeys.products,
    queryFn: get<{ products: { id: string; title: string }[] }>("/admin/products", { fields: "id,title", limit: 1000, order: "title" }),
    select: (d) => d.products,
    staleTime: 5 * 60 * 1000,
  })

/** Staff to filter the report by: only for those who may list staff (core's staff:manage). */
export const useStaffList = (enabled: boolean) =>
  useQuery({
    queryKey: storeCreditKeys.staff,
    queryFn: get<{ staff: { id: string; user: { first_name: string | null; last_name: string | null; email: string } | null }[] }>("/admin/kassa/staff"),
    select: (d) => d.staff,
    enabled,
    staleTime: 5 * 60 * 1000,
  })

export const useGiftCards = (filters: GiftCardFilters) =>
  useQuery({
    queryKey: storeCreditKeys.giftCards(filters),
    queryFn: get<{ gift_cards: GiftCardRow[]; count: number; offset: number; limit: number }>(`${base}/gift-cards`, { ...clean(filters), limit: PAGE_SIZE }),
    retry: false,
  })

export const useGiftCard = (id: string) =>
  useQuery({ queryKey: storeCreditKeys.giftCard(id), queryFn: get<{ gift_card: GiftCardDetail }>(`${base}/gift-cards/${id}`), select: (d) => d.gift_card, retry: false })

export const useStatements = (customerId: string) =>
  useQuery({
    queryKey: storeCreditKeys.customer(customerId),
    queryFn: get<{ accounts: Statement[] }>(`${base}/customers/${customerId}`),
    select: (d) => d.accounts,
    retry: false,
  })

export const useOrderCredit = (orderId: string) =>
  useQuery({ queryKey: storeCreditKeys.order(orderId), queryFn: get<OrderCredit>(`${base}/orders/${orderId}`), retry: false })

export const useSettings = () =>
  useQuery({ queryKey: storeCreditKeys.settings, queryFn: get<{ settings: Settings }>(`${base}/settings`), select: (d) => d.settings, retry: false })

/** A write: a toast, then every store credit query is refreshed; failures show the server's message. */
function useWrite<TVars>(request: (vars: TVars) => Promise<unknown>, success: string, refresh: QueryKey = storeCreditKeys.all) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: request,
    onSuccess: () => {
      toast.success(success)
      return client.invalidateQueries({ queryKey: refresh })
    },
    onError: (e: Error) => {
      toast.error(e.message)
    },
  })
}

const post = (path: string, body: object) => sdk.client.fetch(path, { method: "POST", body })

export type IssueInput = { location_id: string; amount: number; reason: string; expires_at: string | null }

export const useIssueCredit = (customerId: string) => useWrite((body: IssueInput) => post(`${base}/customers/${customerId}/credits`, body), "Store credit issued")

export const useReverseEntry = () =>
  useWrite(({ id, ...body }: { id: string; location_id: string; reason: string }) => post(`${base}/transactions/${id}/reverse`, body), "Entry reversed")

export const useDisableGiftCard = (id: string) =>
  useWrite((body: { location_id: string; reason: string }) => post(`${base}/gift-cards/${id}/disable`, body), "Gift card disabled")

export const useSaveSettings = () => useWrite((body: Partial<Settings>) => post(`${base}/settings`, body), "Settings saved")

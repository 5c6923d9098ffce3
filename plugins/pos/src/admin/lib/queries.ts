import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { DrawerSessionDetail, DrawerSessionPage, Me, PosSettings, ReturnRequest } from "./types"

export const posKeys = {
  settings: (locationId: string) => ["kassa", "pos", "settings", locationId],
  sessions: ["kassa", "pos", "drawer-sessions"],
}

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })

// Core's /me under core's key, so a branch write there refreshes it here too.
export const useMe = () => useQuery({ queryKey: ["kassa", "me"], queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

/** The store's default currency, for amounts shown with it. */
export const useCurrency = () =>
  useQuery({
    queryKey: ["kassa", "store-currency"],
    queryFn: get<{ stores: { supported_currencies: { currency_code: string; is_default: boolean }[] }[] }>("/admin/stores", {
      fields: "supported_currencies.currency_code,supported_currencies.is_default",
    }),
    select: (d) => {
      const currencies = d.stores[0]?.supported_currencies ?? []
      return (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code ?? "php"
    },
    staleTime: Infinity,
  })

export const usePosSettings = (locationId: string) =>
  useQuery({
    queryKey: posKeys.settings(locationId),
    queryFn: get<{ settings: PosSettings }>(`/admin/kassa/pos/branches/${locationId}/settings`),
    select: (d) => d.settings,
    retry: false,
  })

export type SessionFilters = { location_id: string; register_id?: string; status?: "open" | "closed"; opened_from?: string; opened_to?: string }

export const PAGE_SIZE = 20

export const useDrawerSessions = (filters: SessionFilters | null, offset: number) =>
  useQuery({
    queryKey: [...posKeys.sessions, filters, offset],
    queryFn: get<DrawerSessionPage>("/admin/kassa/pos/drawer-sessions", { ...filters, limit: PAGE_SIZE, offset }),
    enabled: !!filters,
    placeholderData: keepPreviousData,
  })

export const useDrawerSession = (id: string | null) =>
  useQuery({
    queryKey: [...posKeys.sessions, "detail", id],
    queryFn: get<DrawerSessionDetail>(`/admin/kassa/pos/drawer-sessions/${id}`),
    enabled: !!id,
  })

export const returnRequestKeys = ["kassa", "pos", "return-requests"]

/** A branch's return requests in one status, newest first (the managers' queue: pending). */
export const useReturnRequests = (locationId: string, status: string) =>
  useQuery({
    queryKey: [...returnRequestKeys, locationId, status],
    queryFn: get<{ return_requests: ReturnRequest[]; count: number }>("/admin/kassa/pos/return-requests", { location_id: locationId, status, limit: 100 }),
    enabled: !!locationId,
    refetchInterval: 30 * 1000,
  })

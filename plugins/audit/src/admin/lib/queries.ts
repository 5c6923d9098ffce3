import type { FetchError } from "@medusajs/js-sdk"
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query"
import { ApiFilters } from "./filters"
import { sdk } from "./sdk"
import type { AuditEntry, AuditMeta, EntriesPage, HistoryType, Me, VerifyResult } from "./types"

const PAGE_SIZE = 50
const HISTORY_SIZE = 20

export const isForbidden = (error: unknown) => (error as FetchError | null)?.status === 403

/**
 * A refusal will not change on retry, and every refused request is itself written to the log
 * (access.denied), so 403s are never retried.
 */
const retry = (failures: number, error: Error) => !isForbidden(error) && failures < 2

/** Every key starts with "kassa"; "me" is the core plugin's own key, so both share one answer. */
export const auditKeys = {
  me: ["kassa", "me"],
  meta: ["kassa", "audit", "meta"],
  locations: ["kassa", "audit", "locations"],
  entries: (filters: ApiFilters) => ["kassa", "audit", "entries", filters],
  entry: (seq: number) => ["kassa", "audit", "entry", seq],
  history: (type: HistoryType, id: string) => ["kassa", "audit", "history", type, id],
}

const get = <T>(path: string, query?: Record<string, unknown>) => () => sdk.client.fetch<T>(path, { query })

export const useMe = () =>
  useQuery({ queryKey: auditKeys.me, queryFn: get<Me>("/admin/kassa/me"), staleTime: 60 * 1000 })

export const useMeta = () =>
  useQuery({ queryKey: auditKeys.meta, queryFn: get<AuditMeta>("/admin/kassa/audit/meta"), staleTime: Infinity, retry })

/** Stock location names by id: branches are stock locations. */
export const useLocationNames = () =>
  useQuery({
    queryKey: auditKeys.locations,
    queryFn: get<{ stock_locations: { id: string; name: string }[] }>("/admin/stock-locations", { fields: "id,name", limit: 100 }),
    select: (d) => new Map(d.stock_locations.map((l) => [l.id, l.name])),
    staleTime: 5 * 60 * 1000,
  })

/** The log newest first; each "older" page starts below the last seq seen (keyset, never offset). */
export const useEntries = (filters: ApiFilters) =>
  useInfiniteQuery({
    queryKey: auditKeys.entries(filters),
    queryFn: ({ pageParam }) =>
      sdk.client.fetch<EntriesPage>("/admin/kassa/audit/entries", { query: { ...filters, before: pageParam, limit: PAGE_SIZE } }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    retry,
  })

export const useEntry = (seq: number) =>
  useQuery({
    queryKey: auditKeys.entry(seq),
    queryFn: get<{ entry: AuditEntry }>(`/admin/kassa/audit/entries/${seq}`),
    select: (d) => d.entry,
    // An entry never changes once chained.
    staleTime: Infinity,
    retry,
  })

export const useHistory = (type: HistoryType, id: string, enabled: boolean) =>
  useQuery({
    queryKey: auditKeys.history(type, id),
    queryFn: get<{ entries: AuditEntry[] }>("/admin/kassa/audit/history", { type, id, limit: HISTORY_SIZE }),
    select: (d) => d.entries,
    enabled,
    retry,
  })

/** On demand only: it walks the whole chain. */
export const useVerify = () =>
  useMutation({ mutationFn: get<VerifyResult>("/admin/kassa/audit/verify") })

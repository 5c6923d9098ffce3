import { toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type CatalogueEvent = { name: string; description: string; source: string; source_name: string }
export type Subscription = { id: string; url: string; description: string | null; events: string[]; is_active: boolean; created_at: string }
export type Delivery = {
  id: string
  event_id: string
  event_name: string
  status: "pending" | "sending" | "delivered" | "failed"
  attempts: number
  last_status_code: number | null
  last_error: string | null
  next_attempt_at: string
  delivered_at: string | null
  created_at: string
  event: unknown
}

const KEY = ["kassa", "webhooks"]
const base = "/admin/kassa/webhooks"

export const useEventCatalogue = () =>
  useQuery({ queryKey: [...KEY, "events"], queryFn: () => sdk.client.fetch<{ events: CatalogueEvent[] }>(`${base}/events`), select: (d) => d.events, staleTime: 5 * 60 * 1000 })

export const useSubscriptions = () =>
  useQuery({ queryKey: [...KEY, "subscriptions"], queryFn: () => sdk.client.fetch<{ subscriptions: Subscription[] }>(`${base}/subscriptions`, { query: { limit: 200 } }), select: (d) => d.subscriptions })

/** A subscription's deliveries, refreshed while the log is open (retries come and go). */
export const useDeliveries = (subscriptionId: string | null) =>
  useQuery({
    queryKey: [...KEY, "deliveries", subscriptionId],
    enabled: !!subscriptionId,
    queryFn: () => sdk.client.fetch<{ deliveries: Delivery[]; count: number }>(`${base}/subscriptions/${subscriptionId}/deliveries`, { query: { limit: 50 } }),
    refetchInterval: 5000,
  })

function useWrite<TBody, TAnswer>(path: (b: TBody) => string, body: (b: TBody) => unknown, done: string, method: "POST" | "DELETE" = "POST") {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (b: TBody) => sdk.client.fetch<TAnswer>(path(b), method === "POST" ? { method, body: body(b) as Record<string, unknown> } : { method }),
    onSuccess: () => {
      toast.success(done)
      void client.invalidateQueries({ queryKey: KEY })
    },
    onError: (e: Error) => toast.error("Not done", { description: e.message }),
  })
}

type Fields = { url: string; events: string[]; description: string | null }
type WithSecret = { subscription: Subscription; secret: string }

export const useCreateSubscription = () => useWrite<Fields, WithSecret>(() => `${base}/subscriptions`, (b) => b, "Subscription added: copy its secret now")
export const useUpdateSubscription = () =>
  useWrite<{ id: string } & Partial<Fields> & { is_active?: boolean }, { subscription: Subscription }>((b) => `${base}/subscriptions/${b.id}`, ({ id: _id, ...b }) => b, "Subscription saved")
export const useRotateSecret = () => useWrite<{ id: string }, WithSecret>((b) => `${base}/subscriptions/${b.id}/rotate-secret`, () => ({}), "New secret made: copy it now")
export const useDeleteSubscription = () => useWrite<{ id: string }, unknown>((b) => `${base}/subscriptions/${b.id}`, () => undefined, "Subscription removed", "DELETE")
export const useRedeliver = () => useWrite<{ id: string }, unknown>((b) => `${base}/deliveries/${b.id}/redeliver`, () => ({}), "Sent again")

/** Whether the signed-in staff member may change subscriptions ("me" is core's key: every Kassa page shares one answer). */
export const useMayManage = () =>
  useQuery({
    queryKey: ["kassa", "me"],
    queryFn: () => sdk.client.fetch<{ policies: string[] }>("/admin/kassa/me"),
    select: (me) => me.policies.some((p) => p === "*" || p === "webhook:*" || p === "webhook:manage"),
    staleTime: 60 * 1000,
  })

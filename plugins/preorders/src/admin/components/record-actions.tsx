import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk, type PreorderRecord } from "../lib/api"
import { LabelledSelect } from "./labelled-select"

/** The branch's money tenders but cash: the admin has no drawer, cash is taken at a counter. */
const useTenders = (locationId: string) =>
  useQuery({
    queryKey: ["kassa-preorders", "tenders", locationId],
    queryFn: () => sdk.client.fetch<{ tenders: { id: string; label: string }[] }>("/admin/kassa/preorders/tenders", { query: { location_id: locationId } }),
    select: (d) => d.tenders.filter((t) => t.id !== "cash"),
    retry: false,
  })

/**
 * What a manager does from the record: a payment in a non-cash tender at one of their branches,
 * a cancellation with its reason, or "delivered" for a parcel on its way. The server decides
 * what is allowed (the balance, the branch, the status) and says why when it refuses.
 */
export function RecordActions({ record, branches }: { record: PreorderRecord; branches: { id: string; name: string }[] }) {
  const client = useQueryClient()
  const [locationId, setLocationId] = useState(record.stock_location_id)
  const [tender, setTender] = useState("card")
  const tenders = useTenders(locationId).data ?? []
  const [amount, setAmount] = useState(record.balance)
  const [reason, setReason] = useState("")
  const act = useMutation({
    mutationFn: ({ path, body }: { path: string; body: Record<string, unknown>; done: string }) => sdk.client.fetch(`/admin/kassa/preorders/${record.id}/${path}`, { method: "POST", body }),
    onSuccess: (_r, { done }) => {
      toast.success(done)
      void client.invalidateQueries({ queryKey: ["kassa-preorders"] })
    },
    onError: (e: Error) => toast.error("Not done", { description: e.message }),
  })
  const open = record.status === "awaiting_stock" || record.status === "ready"
  const owed = Number(record.balance) > 0

  return (
    <div className="flex flex-col gap-y-4">
      {open && owed && (
        <div className="flex flex-wrap items-end gap-3" data-testid="record-payment">
          <LabelledSelect label="Branch" value={locationId} options={branches.map((b) => ({ id: b.id, label: b.name }))} onChange={setLocationId} width="w-44" />
          <LabelledSelect label="Tender" value={tender} options={tenders} onChange={setTender} width="w-40" />
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="preorder-payment-amount">
              Amount
            </Label>
            <Input id="preorder-payment-amount" size="small" className="w-32" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          <Button
            size="small"
            isLoading={act.isPending && act.variables?.path === "payments"}
            onClick={() => act.mutate({ path: "payments", body: { location_id: locationId, tender, amount: Number(amount) }, done: "Payment recorded" })}
          >
            Record payment
          </Button>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Cash is taken at a counter, in its drawer.
          </Text>
        </div>
      )}
      {open && (
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="preorder-cancel-reason">
              Reason to cancel
            </Label>
            <Input id="preorder-cancel-reason" size="small" className="w-80" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <Button
            size="small"
            variant="danger"
            disabled={!reason.trim()}
            isLoading={act.isPending && act.variables?.path === "cancel"}
            onClick={() =>
              window.confirm(`Cancel ${record.number}? What was paid is refunded in its tenders (less the branch's fee).`) &&
              act.mutate({ path: "cancel", body: { location_id: record.stock_location_id, reason: reason.trim() }, done: `${record.number} canceled` })
            }
          >
            Cancel and refund
          </Button>
        </div>
      )}
      {record.status === "shipped" && (
        <div>
          <Button size="small" isLoading={act.isPending} onClick={() => act.mutate({ path: "delivered", body: { location_id: record.stock_location_id }, done: "Marked delivered" })}>
            The parcel arrived
          </Button>
        </div>
      )}
    </div>
  )
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { useAccess } from "../../../lib/access"
import { formatAt, formatMoney } from "../../../lib/format"
import { returnRequestKeys, useCurrency, useMe, useReturnRequests } from "../../../lib/queries"
import { sdk } from "../../../lib/sdk"
import type { ReturnRequest, ReturnRequestStatus } from "../../../lib/types"

const STATUSES: { value: ReturnRequestStatus; label: string }[] = [
  { value: "pending", label: "Waiting" },
  { value: "approved", label: "Approved" },
  { value: "completed", label: "Completed" },
  { value: "rejected", label: "Rejected" },
  { value: "expired", label: "Expired" },
]
const COLOR = { pending: "orange", approved: "blue", completed: "green", rejected: "red", expired: "grey" } as const

/** One request's decision: Approve, or Reject with the reason the counter will read. */
const Decide = ({ request, onDone }: { request: ReturnRequest; onDone: () => void }) => {
  const [rejecting, setRejecting] = useState(false)
  const [note, setNote] = useState("")
  const decide = useMutation({
    mutationFn: (decision: "approve" | "reject") =>
      sdk.client.fetch(`/admin/kassa/pos/return-requests/${request.id}/${decision}`, { method: "POST", body: decision === "reject" ? { note } : {} }),
    onSuccess: (_r, decision) => {
      toast.success(`${request.number} ${decision === "approve" ? "approved: the counter may complete it" : "rejected"}`)
      onDone()
    },
    onError: (e: Error) => toast.error(e.message),
  })
  if (rejecting) {
    return (
      <div className="flex items-center gap-x-2">
        <Input size="small" placeholder="Why (the counter reads it)" value={note} onChange={(e) => setNote(e.target.value)} aria-label="Reason for rejecting" />
        <Button size="small" variant="danger" disabled={note.trim().length < 3} isLoading={decide.isPending} onClick={() => decide.mutate("reject")}>
          Reject
        </Button>
        <Button size="small" variant="transparent" onClick={() => setRejecting(false)}>
          Cancel
        </Button>
      </div>
    )
  }
  return (
    <div className="flex gap-x-2">
      <Button size="small" isLoading={decide.isPending} onClick={() => decide.mutate("approve")}>
        Approve
      </Button>
      <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
        Reject…
      </Button>
    </div>
  )
}

/**
 * Returns and exchanges the counter sent for approval (over the branch's amount or days, or no
 * receipt), per branch and status: what comes back (and goes out), the refund asked, why it needs a
 * manager, who asked. A manager approves or
 * rejects a waiting one; the counter then completes an approved one (only then stock and money move).
 */
const ReturnRequestsPage = () => {
  const [params, setParams] = useSearchParams()
  const { data: me } = useMe()
  const { canAt } = useAccess()
  const currency = useCurrency().data ?? "php"
  const queryClient = useQueryClient()
  const branches = (me?.branches ?? []).filter((b) => b.details)
  const branchId = params.get("branch") || branches[0]?.stock_location_id || ""
  const status = (params.get("status") as ReturnRequestStatus) || "pending"
  const timeZone = branches.find((b) => b.stock_location_id === branchId)?.details?.timezone ?? "UTC"
  const requests = useReturnRequests(branchId, status)
  const rows = requests.data?.return_requests ?? []
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    next.set(key, value)
    setParams(next)
  }
  const mayDecide = canAt("pos:approve_return", branchId)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Return requests</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Returns and exchanges over the branch's limits (amount, days since the sale, no receipt) that wait for a manager. Nothing is refunded, restocked or handed over until an approved request is completed at the counter.
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
        <div className="flex flex-col gap-y-1">
          <Label size="small">Branch</Label>
          <Select value={branchId} onValueChange={(v) => set("branch", v)}>
            <Select.Trigger aria-label="Branch">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {branches.map((b) => (
                <Select.Item key={b.stock_location_id} value={b.stock_location_id}>
                  {`${b.name} (${b.details?.code})`}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small">Status</Label>
          <Select value={status} onValueChange={(v) => set("status", v)}>
            <Select.Trigger aria-label="Status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUSES.map((s) => (
                <Select.Item key={s.value} value={s.value}>
                  {s.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {requests.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {requests.error.message}
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Request</Table.HeaderCell>
              <Table.HeaderCell>Items</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Refund</Table.HeaderCell>
              <Table.HeaderCell>Why</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.id} data-testid="return-request-row">
                <Table.Cell>
                  <div className="flex flex-col">
                    <span>{r.number}</span>
                    <span className="text-ui-fg-muted">{`${r.requested_by_name ?? ""} · ${formatAt(r.created_at, timeZone)}`}</span>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  {r.lines.map((l, i) => (
                    <div key={i}>{`${r.new_lines ? "Back: " : ""}${l.quantity} × ${l.title}${l.condition === "damaged" ? " (damaged)" : ""}`}</div>
                  ))}
                  {r.new_lines?.map((l, i) => <div key={`new-${i}`} className="text-ui-fg-subtle">{`For: ${l.quantity} × ${l.title}`}</div>)}
                </Table.Cell>
                <Table.Cell className="text-right">
                  {r.kind === "exchange" && r.new_total != null ? (
                    <div className="flex flex-col">
                      <span>{`Exchange: ${formatMoney(r.refund_total, currency)} back`}</span>
                      <span className="text-ui-fg-muted">{`for ${formatMoney(r.new_total, currency)}`}</span>
                    </div>
                  ) : (
                    `${formatMoney(r.refund_total, currency)} · ${r.refund.method}`
                  )}
                </Table.Cell>
                <Table.Cell>
                  <div className="flex max-w-xs flex-col whitespace-normal">
                    <span>{r.reason}</span>
                    {r.note && <span className="text-ui-fg-muted">{r.note}</span>}
                    {r.approval_reason && <span className="text-ui-fg-muted">{`Needs a manager: ${r.approval_reason}`}</span>}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-col">
                    <Badge size="2xsmall" color={COLOR[r.status]}>
                      {STATUSES.find((s) => s.value === r.status)?.label ?? r.status}
                    </Badge>
                    {r.status === "pending" && <span className="text-ui-fg-muted">{`until ${formatAt(r.expires_at, timeZone)}`}</span>}
                    {r.decided_at && <span className="text-ui-fg-muted">{`${r.decided_by_name ?? ""}${r.decision_note ? `: ${r.decision_note}` : ""}`}</span>}
                  </div>
                </Table.Cell>
                <Table.Cell>{r.status === "pending" && mayDecide && <Decide request={r} onDone={() => queryClient.invalidateQueries({ queryKey: returnRequestKeys })} />}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {!requests.isPending && !rows.length && !requests.error && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No return requests here.
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Return requests" })

export default ReturnRequestsPage

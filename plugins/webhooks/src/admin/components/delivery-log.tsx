import { Badge, Button, Table, Text } from "@medusajs/ui"
import { useDeliveries, useRedeliver, type Delivery } from "../lib/queries"

const COLOUR: Record<Delivery["status"], "green" | "orange" | "red" | "blue"> = { delivered: "green", pending: "orange", sending: "blue", failed: "red" }

/** A subscription's last deliveries: the event, how its attempts went, and Send again. */
export function DeliveryLog({ subscriptionId, mayManage }: { subscriptionId: string; mayManage: boolean }) {
  const { data, isLoading } = useDeliveries(subscriptionId)
  const redeliver = useRedeliver()
  if (isLoading) return <Text size="small">Loading deliveries…</Text>
  if (!data?.deliveries.length) return <Text size="small" className="text-ui-fg-subtle">No event has been sent to it yet.</Text>
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>When</Table.HeaderCell>
          <Table.HeaderCell>Event</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell>Attempts</Table.HeaderCell>
          <Table.HeaderCell>Last answer</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {data.deliveries.map((d) => (
          <Table.Row key={d.id}>
            <Table.Cell>{new Date(d.created_at).toLocaleString()}</Table.Cell>
            <Table.Cell>
              <span className="font-mono">{d.event_name}</span>
              <span className="text-ui-fg-muted block font-mono text-xs">{d.event_id}</span>
            </Table.Cell>
            <Table.Cell>
              <Badge size="2xsmall" color={COLOUR[d.status]}>
                {d.status}
              </Badge>
              {d.status === "pending" && d.attempts > 0 && <span className="text-ui-fg-muted block text-xs">next try {new Date(d.next_attempt_at).toLocaleTimeString()}</span>}
            </Table.Cell>
            <Table.Cell>{d.attempts}</Table.Cell>
            <Table.Cell>{d.last_error ?? (d.last_status_code ? `HTTP ${d.last_status_code}` : "—")}</Table.Cell>
            <Table.Cell>
              {mayManage && d.status !== "sending" && (
                <Button size="small" variant="secondary" isLoading={redeliver.isPending && redeliver.variables?.id === d.id} onClick={() => redeliver.mutate({ id: d.id })}>
                  Send again
                </Button>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

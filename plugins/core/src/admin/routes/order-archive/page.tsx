import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Pager } from "../../components/pager"
import { useKassaMutation } from "../../lib/mutation"
import { sdk } from "../../lib/sdk"

type ArchivedOrder = {
  id: string
  display_id: number
  custom_display_id?: string | null
  email: string | null
  created_at: string
  metadata: { kassa_archived?: { previous_status: string; reason: string; at: string } } | null
}
type Page = { orders: ArchivedOrder[]; count: number; offset: number; limit: number }

const PAGE = 50

const RestoreButton = ({ order }: { order: ArchivedOrder }) => {
  const restore = useKassaMutation(() => sdk.client.fetch(`/admin/kassa/orders/${order.id}/restore`, { method: "POST", body: {} }), {
    success: `Order #${order.display_id} restored`,
    refresh: [["kassa", "order-archive"], ["orders"]],
  })
  return (
    <Button size="small" variant="secondary" isLoading={restore.isPending} onClick={() => restore.mutate(undefined)}>
      Restore
    </Button>
  )
}

/**
 * Archived orders (Medusa's order list with `status=archived`: the dashboard's list has no status
 * filter, and Kassa hides them from it), with why they were archived and Restore.
 */
const OrderArchivePage = () => {
  const [offset, setOffset] = useState(0)
  const page = useQuery({
    queryKey: ["kassa", "order-archive", offset],
    queryFn: () =>
      sdk.client.fetch<Page>(`/admin/orders`, {
        query: { status: "archived", offset, limit: PAGE, order: "-updated_at", fields: "id,display_id,custom_display_id,email,created_at,metadata" },
      }),
  })
  const count = page.data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Archived orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hidden from the order list, still in reports. Restoring puts an order back in the status it had.
          </Text>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {count} order{count === 1 ? "" : "s"}
        </Text>
      </div>
      {page.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(page.error as Error).message}
        </Text>
      ) : page.data && !page.data.orders.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No archived orders.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Order</Table.HeaderCell>
              <Table.HeaderCell>Placed</Table.HeaderCell>
              <Table.HeaderCell>Archived</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {page.data?.orders.map((o) => {
              const record = o.metadata?.kassa_archived
              return (
                <Table.Row key={o.id}>
                  <Table.Cell>
                    <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive">
                      {o.custom_display_id ?? `#${o.display_id}`}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{new Date(o.created_at).toLocaleDateString()}</Table.Cell>
                  <Table.Cell>{record ? new Date(record.at).toLocaleDateString() : "–"}</Table.Cell>
                  <Table.Cell>{record?.reason ?? "Archived through Medusa"}</Table.Cell>
                  <Table.Cell>
                    <RestoreButton order={o} />
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <Pager offset={offset} size={PAGE} count={count} onChange={setOffset} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Archived orders", icon: ArchiveBox })

export default OrderArchivePage

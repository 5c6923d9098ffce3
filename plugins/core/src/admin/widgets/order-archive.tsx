import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { ArchiveCard } from "../components/archive/archive-card"
import { useAccess } from "../lib/access"
import { useKassaMutation } from "../lib/mutation"
import { sdk } from "../lib/sdk"

type ArchiveRecord = { previous_status: string; reason: string; at: string }

/**
 * Archive / Restore on the order page (`order:archive`): completed, canceled and settled pending
 * orders (a counter sale: the server checks it is paid and handed over) are archived, hidden from
 * the order list but kept in reports.
 */
const OrderArchiveWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { can } = useAccess()
  // The dashboard keeps its orders (list and page) under ["orders", …]: refetched after a change.
  const archive = useKassaMutation(
    (reason: string) => sdk.client.fetch(`/admin/kassa/orders/${order.id}/archive`, { method: "POST", body: { reason } }),
    { success: "Order archived", refresh: [["orders"]] }
  )
  const restore = useKassaMutation(() => sdk.client.fetch(`/admin/kassa/orders/${order.id}/restore`, { method: "POST", body: {} }), {
    success: "Order restored",
    refresh: [["orders"]],
  })
  if (!can("order:archive")) return null
  const record = (order.metadata?.kassa_archived ?? null) as ArchiveRecord | null
  const archived = order.status === "archived"
  const archivable = ["completed", "canceled", "pending"].includes(order.status)
  const note = archived
    ? `Archived${record ? ` on ${new Date(record.at).toLocaleDateString()}: ${record.reason}` : ""}. Hidden from the order list (listed under Archived orders), still in reports. Restoring puts it back as ${record?.previous_status ?? "it was"}.`
    : archivable
      ? "Archiving hides this order from the order list; it stays in reports and can be restored."
      : `Only completed, canceled or settled orders can be archived; this one is ${order.status}. Complete or cancel it first.`
  return (
    <ArchiveCard
      title="Archive"
      archived={archived}
      note={note}
      canArchive={archivable}
      archiveLabel="Archive order"
      archiving={archive.isPending}
      restoring={restore.isPending}
      onArchive={(reason, done) => archive.mutate(reason, { onSuccess: done })}
      onRestore={() => restore.mutate(undefined)}
    />
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderArchiveWidget

import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button } from "@medusajs/ui"
import { useState } from "react"
import { ClaimsWidget } from "../components/claims-widget"
import { FileClaimDrawer, type ClaimableLine } from "../components/file-claim-drawer"
import { useWarrantyAccess } from "../lib/access"

/** The order's claims, and "File a claim" for any of its lines sold with serial numbers. */
const OrderWarrantyWidget = ({ data }: DetailWidgetProps<AdminOrder>) => {
  const { canCreate } = useWarrantyAccess()
  const [filing, setFiling] = useState(false)
  const lines: ClaimableLine[] = (data.items ?? []).flatMap((i) => {
    const serials = (i.metadata as { serial_numbers?: string[] } | null)?.serial_numbers ?? []
    return serials.length ? [{ id: i.id, title: [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" · "), serial_numbers: serials }] : []
  })
  return (
    <ClaimsWidget filter={{ order_id: data.id }} description="Repairs and replacements of units sold on this order.">
      {canCreate && lines.length > 0 && (
        <div className="px-6 py-4">
          <Button size="small" variant="secondary" onClick={() => setFiling(true)}>
            File a claim
          </Button>
          {filing && <FileClaimDrawer orderId={data.id} lines={lines} onClose={() => setFiling(false)} />}
        </div>
      )}
    </ClaimsWidget>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.after" })

export default OrderWarrantyWidget

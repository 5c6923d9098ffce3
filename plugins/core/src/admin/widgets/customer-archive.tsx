import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { useNavigate } from "react-router-dom"
import { ArchiveCard } from "../components/archive/archive-card"
import { useAccess } from "../lib/access"
import { useKassaMutation } from "../lib/mutation"
import { sdk } from "../lib/sdk"

/**
 * Archive on the customer page (`customer:archive`): the customer leaves the lists and the
 * counter's search, keeping their orders; Restore is on the *Archived customers* page, since
 * Medusa's customer page does not open an archived customer.
 */
const CustomerArchiveWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { can } = useAccess()
  const navigate = useNavigate()
  const archive = useKassaMutation(
    (reason: string) => sdk.client.fetch(`/admin/kassa/customers/${customer.id}/archive`, { method: "POST", body: { reason } }),
    { success: "Customer archived", refresh: [["customers"], ["kassa", "customer-archive"]] }
  )
  if (!can("customer:archive")) return null
  return (
    <ArchiveCard
      title="Archive"
      archived={false}
      note="Archiving hides this customer from the customer list and the counter's search; their orders and history stay. Restore them from Archived customers."
      canArchive
      archiveLabel="Archive customer"
      archiving={archive.isPending}
      restoring={false}
      onArchive={(reason, done) =>
        archive.mutate(reason, {
          onSuccess: () => {
            done()
            navigate("/customer-archive")
          },
        })
      }
    />
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerArchiveWidget

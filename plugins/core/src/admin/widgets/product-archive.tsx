import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { useState } from "react"
import { ArchiveCard } from "../components/archive/archive-card"
import { ReasonDrawer } from "../components/reason-drawer"
import { useAccess } from "../lib/access"
import { useKassaMutation } from "../lib/mutation"
import { sdk } from "../lib/sdk"

/**
 * On the page of a product archived because it had sales (Medusa's Delete on a sold product):
 * what that means, and Restore (`product:write`, with a reason) to sell it again. Shown only
 * while it is archived; archiving itself is Medusa's Delete.
 */
const ProductArchiveWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { can } = useAccess()
  const [asking, setAsking] = useState(false)
  // The dashboard keeps its products (list and page) under ["products", …]: refetched after the change.
  const restore = useKassaMutation(
    (reason: string) =>
      sdk.client.fetch(`/admin/kassa/products/${product.id}/restore`, { method: "POST", body: {}, headers: { "X-Kassa-Reason": encodeURIComponent(reason) } }),
    { success: "Product restored: for sale again", refresh: [["products"], ["product"]] }
  )
  const archivedAt = product.metadata?.kassa_archived_at as string | undefined
  if (!archivedAt || product.status === "published") return null
  return (
    <>
      <ArchiveCard
        title="Archive"
        archived
        note={`Archived on ${new Date(archivedAt).toLocaleDateString()} instead of deleted: it has sales, which keep pointing at it. Not for sale at the counter or online until restored.`}
        canArchive={false}
        archiveLabel="Archive"
        archiving={false}
        restoring={restore.isPending}
        onArchive={() => undefined}
        onRestore={can("product:write") ? () => setAsking(true) : undefined}
      />
      {asking && (
        <ReasonDrawer
          title="Restore product"
          note={`${product.title} will be published again: for sale at the counter and online.`}
          saveLabel="Restore"
          saving={restore.isPending}
          onClose={() => setAsking(false)}
          onSubmit={(reason) => restore.mutate(reason, { onSuccess: () => setAsking(false) })}
        />
      )}
    </>
  )
}

// Medusa 2.21's LayoutComposer puts a plugin's widgets at the end of their column whatever the
// zone says (tried: product.details.before lands under every main section, ~3,400 px down); the
// side column is the shorter, so the card is seen there first.
export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductArchiveWidget

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The branch whose sales channel an order was sold through, with its time zone. */
export async function saleBranch(container: MedusaContainer, salesChannelId: string | null) {
  if (!salesChannelId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["stock_location_id", "timezone"], filters: { sales_channel_id: salesChannelId } })
  const branch = data[0] as { stock_location_id: string; timezone: string } | undefined
  if (!branch) return null
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["name"], filters: { id: branch.stock_location_id } })
  return { stock_location_id: branch.stock_location_id, name: (locations[0] as { name: string } | undefined)?.name ?? branch.stock_location_id, timezone: branch.timezone }
}

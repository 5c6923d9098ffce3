import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export type BranchInfo = { stock_location_id: string; code: string; timezone: string; name: string }

/** A Kassa branch's code, name and time zone (due dates and receipt numbers are the branch's). */
export async function branchInfo(container: MedusaContainer, stockLocationId: string): Promise<BranchInfo> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "branch", fields: ["code", "timezone", "stock_location.name"], filters: { stock_location_id: stockLocationId } })
  const b = data[0] as { code: string; timezone: string; stock_location?: { name: string } } | undefined
  if (!b) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stockLocationId} is not a Kassa branch`)
  return { stock_location_id: stockLocationId, code: b.code, timezone: b.timezone || "UTC", name: b.stock_location?.name ?? b.code }
}

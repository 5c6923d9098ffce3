import { accessOf } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** The staff member at the counter, and whether they may change prices themselves. */
export async function counterCaller(req: MedusaRequest, stockLocationId: string) {
  const access = await accessOf(req)
  if (!access.staff) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Selling at the counter needs a staff member, not an API key")
  return { staff_member_id: access.staff.id, may_override: access.can("pos:override_price"), stock_location_id: stockLocationId }
}

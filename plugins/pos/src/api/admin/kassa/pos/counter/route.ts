import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DEFAULT_TIMEZONE } from "@kassa/core/kit"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { ownMethodsOf, tendersAt } from "../../../../../sale/branch-tenders"

/**
 * What a counter at a branch starts from: the branch's receipt details (and whether it is
 * closed), its active registers and the tenders it takes. Reaching it at all means the caller may sell there and the POS is on there.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locationId = req.query.location_id as string
  const { data } = await query.graph({
    entity: "branch",
    fields: ["id", "code", "stock_location_id", "sales_channel_id", "address", "phone", "tax_id", "receipt_header", "receipt_footer", "timezone", "closed_at", "close_reason", "registers.*"],
    filters: { stock_location_id: locationId },
  })
  const branch = data[0] as (Record<string, unknown> & { timezone: string | null; registers?: { is_active: boolean; deleted_at: unknown }[] }) | undefined
  if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${locationId} has no branch details yet`)
  // Only now: settingsFor creates the branch's settings row on first use.
  const settings = await req.scope.resolve<PosModuleService>(POS_MODULE).settingsFor(locationId)
  const { registers = [], ...details } = branch
  res.json({
    // The counter shows every time in the branch's zone, so it always gets one.
    branch: { ...details, timezone: details.timezone ?? DEFAULT_TIMEZONE },
    registers: registers.filter((r) => r.is_active && !r.deleted_at),
    tenders: await tendersAt(req.scope, locationId, ownMethodsOf(settings)),
  })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { WARRANTY_MODULE } from "../../../../../modules/warranty"
import { OPEN_STATUSES } from "../../../../../modules/warranty/lifecycle"
import type WarrantyModuleService from "../../../../../modules/warranty/service"
import { saleWindows } from "../../../../../sales/claim-windows"
import { findSaleLine } from "../../../../../sales/find-sale-line"
import type { LookupType } from "../validators"

/** Before filing: the unit's sale, whether it is within its repair and replacement windows, and any open claim. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, LookupType>, res: MedusaResponse) => {
  const sale = await findSaleLine(req.scope, req.validatedQuery)
  const windows = await saleWindows(req.scope, sale)
  const warranty: WarrantyModuleService = req.scope.resolve(WARRANTY_MODULE)
  const [open] = await warranty.listWarrantyClaims({ serial_number: req.validatedQuery.serial_number, status: OPEN_STATUSES }, { select: ["id", "status", "type"] })
  res.json({ sale, policy: windows.policy, timezone: windows.timezone, windows: { repair: windows.repair, replacement: windows.replacement }, open_claim: open ?? null })
}

import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { WARRANTY_MODULE } from "../modules/warranty"
import type WarrantyModuleService from "../modules/warranty/service"

/** Routes on a claim are guarded at the branch that took it in. */
export async function claimBranch(req: MedusaRequest) {
  const warranty: WarrantyModuleService = req.scope.resolve(WARRANTY_MODULE)
  const [claim] = await warranty.listWarrantyClaims({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No warranty claim ${req.params.id}`)
  return claim.stock_location_id
}

/** Routes on a defective unit are guarded at the branch that holds it. */
export async function defectiveUnitBranch(req: MedusaRequest) {
  const warranty: WarrantyModuleService = req.scope.resolve(WARRANTY_MODULE)
  const [unit] = await warranty.listDefectiveUnits({ id: req.params.id }, { select: ["stock_location_id"] })
  if (!unit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No defective unit ${req.params.id}`)
  return unit.stock_location_id
}

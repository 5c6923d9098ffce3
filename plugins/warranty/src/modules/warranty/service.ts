import { MedusaService } from "@medusajs/framework/utils"
import { ClaimEvent, DefectiveUnit, Replacement, SoldSerial, WarrantyClaim, WarrantyPolicy } from "./models"

export default class WarrantyModuleService extends MedusaService({
  WarrantyPolicy,
  SoldSerial,
  WarrantyClaim,
  ClaimEvent,
  Replacement,
  DefectiveUnit,
}) {}

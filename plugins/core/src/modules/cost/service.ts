import { MedusaService } from "@medusajs/framework/utils"
import { VariantCost } from "./models/variant-cost"

export default class CostModuleService extends MedusaService({ VariantCost }) {}

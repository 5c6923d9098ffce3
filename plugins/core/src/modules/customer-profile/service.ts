import { MedusaService } from "@medusajs/framework/utils"
import { CustomerProfile, FrequentRule } from "./models"

export default class CustomerProfileModuleService extends MedusaService({ CustomerProfile, FrequentRule }) {}

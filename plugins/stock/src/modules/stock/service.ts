import { MedusaService } from "@medusajs/framework/utils"
import { StockSupplier, StockSupplierVariant } from "./models"

class StockModuleService extends MedusaService({ StockSupplier, StockSupplierVariant }) {}

export default StockModuleService

import { MedusaService } from "@medusajs/framework/utils"
import { StockSupplier, StockSupplierVariant, StockThreshold } from "./models"

class StockModuleService extends MedusaService({ StockSupplier, StockSupplierVariant, StockThreshold }) {}

export default StockModuleService

import { MedusaService } from "@medusajs/framework/utils"
import { MarkupRule } from "./models/markup-rule"
import { PriceReview } from "./models/price-review"
import { PriceState } from "./models/price-state"
import { PricingSetting } from "./models/pricing-setting"
import { VariantCost } from "./models/variant-cost"

export default class CostModuleService extends MedusaService({ VariantCost, MarkupRule, PriceState, PriceReview, PricingSetting }) {}

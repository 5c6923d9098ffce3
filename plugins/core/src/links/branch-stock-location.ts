import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import BranchModule from "../modules/branch"

// Read-only: a branch row carries its stock_location_id.
export default defineLink(
  { linkable: BranchModule.linkable.branch, field: "stock_location_id" },
  StockLocationModule.linkable.stockLocation,
  { readOnly: true }
)

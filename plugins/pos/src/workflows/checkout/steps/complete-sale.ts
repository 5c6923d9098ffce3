import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { SaleContext } from "./load-sale"

/**
 * The last step, so a receipt number is only ever taken by a sale that went through: the
 * number, the completed ticket and the settled idempotency key commit together.
 */
export const completeSaleStep = createStep(
  "kassa-pos-complete-sale",
  async (
    { sale, order_id, checkout_key, totals }: { sale: SaleContext; order_id: string; checkout_key: string; totals: { total: number; tax_total: number; discount_total: number } },
    { container }
  ) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const at = new Date()
    const receipt_number = await pos.completeSale({
      ticket_id: sale.ticket.id,
      order_id,
      stock_location_id: sale.ticket.stock_location_id,
      branch_code: sale.branch.code,
      time_zone: sale.branch.timezone,
      checkout_key,
      at,
      drawer_session_id: sale.drawer_session_id,
      totals,
    })
    return new StepResponse({ receipt_number, completed_at: at })
  }
)

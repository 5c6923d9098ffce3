import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { CapturedTender } from "../../../sale/counter-payments"
import { INSTANCE_ID } from "@kassa/core/kit"
import { cents } from "../../../sale/money"
import type { SaleContext } from "./load-sale"

type Totals = { total: number; tax_total: number; discount_total: number }

/**
 * The last step, so a receipt number is only ever taken by a sale that went through: the
 * number, Kassa's record of each tender (beside its Medusa payment), the sales agent's
 * commission on the total before tax (at the rate their staff record has now), the completed
 * ticket and the settled idempotency key commit together.
 */
export const completeSaleStep = createStep(
  "kassa-pos-complete-sale",
  async (
    { sale, order_id, checkout_key, totals, tenders }: { sale: SaleContext; order_id: string; checkout_key: string; totals: Totals; tenders: CapturedTender[] },
    { container }
  ) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const { ticket, agent } = sale
    const at = new Date()
    const base = cents(MathBN.sub(totals.total, totals.tax_total))
    const receipt_number = await pos.completeSale({
      ticket_id: ticket.id,
      order_id,
      stock_location_id: ticket.stock_location_id,
      branch_code: sale.branch.code,
      time_zone: sale.branch.timezone,
      checkout_key,
      owner: INSTANCE_ID,
      at,
      drawer_session_id: sale.drawer_session_id,
      totals,
      tenders: tenders.map((t) => ({
        ticket_id: ticket.id,
        order_id,
        stock_location_id: ticket.stock_location_id,
        method: t.method,
        amount: t.amount,
        tendered: t.tendered,
        change: t.change,
        reference: t.reference,
        card_last4: t.card_last4,
        approval_code: t.approval_code,
        payment_id: t.payment_id,
        metadata: Object.keys(t.data).length ? t.data : null,
      })),
      commission: agent.commission_rate
        ? {
            order_id,
            staff_member_id: agent.id,
            stock_location_id: ticket.stock_location_id,
            rate: agent.commission_rate,
            base_amount: base,
            amount: cents(MathBN.div(MathBN.mult(base, agent.commission_rate), 100)),
          }
        : null,
    })
    return new StepResponse({ receipt_number, completed_at: at })
  }
)

import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { cents } from "../../../sale/money"
import type { CapturedTender } from "../../../sale/counter-payments"
import type { SaleContext } from "./load-sale"

/**
 * Kassa's side of the sale: one record per tender (beside its Medusa payment) and the sales
 * agent's commission on the total before tax, at the rate their staff record has now.
 */
export const recordSaleStep = createStep(
  "kassa-pos-record-sale",
  async (
    input: { sale: SaleContext; order_id: string; tenders: CapturedTender[]; total: number; tax_total: number },
    { container }
  ) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const { ticket } = input.sale
    const tenders = await pos.createTenders(
      input.tenders.map((t) => ({
        ticket_id: ticket.id,
        order_id: input.order_id,
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
      }))
    )
    const rate = input.sale.agent.commission_rate
    let commissionId: string | null = null
    if (rate) {
      const base = cents(MathBN.sub(input.total, input.tax_total))
      const [commission] = await pos.createCommissions([
        {
          order_id: input.order_id,
          staff_member_id: input.sale.agent.id,
          stock_location_id: ticket.stock_location_id,
          rate,
          base_amount: base,
          amount: cents(MathBN.div(MathBN.mult(base, rate), 100)),
        },
      ])
      commissionId = commission.id
    }
    return new StepResponse(tenders, { tender_ids: tenders.map((t) => t.id), commission_id: commissionId })
  },
  async (undo, { container }) => {
    if (!undo) return
    const pos: PosModuleService = container.resolve(POS_MODULE)
    await pos.deleteTenders(undo.tender_ids)
    if (undo.commission_id) await pos.deleteCommissions([undo.commission_id])
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { settleTenders, type TenderInput } from "../../../sale/settle-tenders"
import { tendersAt } from "../../../sale/branch-tenders"

/**
 * The exchange's difference the customer pays, in one tender the branch takes (cash with the
 * amount handed over, card with its last four digits, …), settled exactly as at a checkout. Run
 * first on the expected difference (new items at the branch's prices − the refund), so a missing
 * or short payment is refused before anything is written; then on Medusa's own difference.
 */
export const settleDifferenceStep = createStep(
  "kassa-pos-settle-exchange-difference",
  async ({ amount, payment, stock_location_id }: { amount: number; payment: TenderInput | undefined; stock_location_id: string }, { container }) => {
    if (amount <= 0) return new StepResponse({ tenders: [], change: 0 })
    if (!payment) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The customer owes ${amount.toFixed(2)} on this exchange: send payment (method, and tendered for cash)`)
    const offered = await tendersAt(container, stock_location_id)
    const { tenders, change } = settleTenders(amount, [{ ...payment, amount: payment.method === "cash" ? undefined : amount }], new Map(offered.filter((o) => !o.holds_goods).map((t) => [t.id, t.label])))
    return new StepResponse({ tenders, change })
  }
)

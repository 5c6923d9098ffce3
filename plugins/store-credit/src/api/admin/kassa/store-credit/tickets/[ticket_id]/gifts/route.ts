import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GIFT_SALE_MODULE } from "../../../../../../../modules/gift_sale"
import type GiftSaleModuleService from "../../../../../../../modules/gift_sale/service"
import { markGiftsWorkflow, unmarkGiftsWorkflow } from "../../../../../../../workflows/gift-sales"
import { giftCaller } from "../../gift-caller"
import type { MarkGiftsType } from "../../validators"

const GIFT_FIELDS = ["id", "line_id", "title", "unit_value", "reason", "marked_by", "approved_by", "created_at"] as const

/** The ticket's gift lines, for the counter to show them. */
const giftsOf = (req: AuthenticatedMedusaRequest<unknown>) =>
  req.scope.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).listGiftSales({ ticket_id: req.params.ticket_id }, { select: [...GIFT_FIELDS], order: { created_at: "ASC" } })

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ gifts: await giftsOf(req) })
}

/** Gives lines of the ticket away (`line_ids`, or the whole ticket) with a reason; a PIN in `approval` when the cashier may not. */
export const POST = async (req: AuthenticatedMedusaRequest<MarkGiftsType>, res: MedusaResponse) => {
  const { line_ids, reason, approval } = req.validatedBody
  await markGiftsWorkflow(req.scope).run({ input: { ticket_id: req.params.ticket_id, line_ids, reason, approval, caller: await giftCaller(req) } })
  res.json({ gifts: await giftsOf(req) })
}

/** Every gift of the ticket sold again at its shelf price. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unmarkGiftsWorkflow(req.scope).run({ input: { ticket_id: req.params.ticket_id } })
  res.json({ gifts: await giftsOf(req) })
}

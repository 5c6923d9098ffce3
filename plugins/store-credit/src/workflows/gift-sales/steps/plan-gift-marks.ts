import { POS_MODULE, type LinePriceOverride, type PosModuleService } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toAmount, toCentavos } from "../../../ledger/money"
import { GIFT_SALE_MODULE } from "../../../modules/gift_sale"
import type GiftSaleModuleService from "../../../modules/gift_sale/service"

export type GiftMark = {
  ticket_id: string
  line_id: string
  stock_location_id: string
  currency_code: string
  product_id: string
  variant_id: string
  title: string
  /** The shelf price of one unit. */
  unit_value: number
  reason: string
  marked_by: string
  approved_by: string
}

export type PlanGiftMarksInput = { ticket_id: string; line_ids?: string[]; reason: string; marked_by: string; approved_by: string }

/** A gift line's price at the counter: zero, with the reason the receipt and the line show. */
export const giftOverride = (lineId: string, reason: string, approvedBy: string): LinePriceOverride => ({
  line_id: lineId,
  override_price: 0,
  override_reason: `Gift: ${reason}`,
  override_by: approvedBy,
})

/**
 * Which lines become gifts: those named, or every line not a gift yet (the whole ticket). Reads
 * only; refuses a ticket that can no longer change, a line it does not have, one already a
 * gift, and one with a discount (the gift's value is its shelf price: take the discount off first).
 */
export const planGiftMarksStep = createStep("kassa-gift-sale-plan-marks", async (input: PlanGiftMarksInput, { container }) => {
  const ticket = await container.resolve<PosModuleService>(POS_MODULE).retrieveTicket(input.ticket_id, { relations: ["lines"] })
  if (ticket.status !== "open" && ticket.status !== "parked") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ticket ${ticket.id} is ${ticket.status}: it can no longer change`)
  }
  const marked = new Set((await container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).listGiftSales({ ticket_id: ticket.id }, { select: ["line_id"] })).map((m) => m.line_id))
  const lines = input.line_ids
    ? input.line_ids.map((id) => {
        const line = ticket.lines.find((l) => l.id === id)
        if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${id} on ticket ${ticket.id}`)
        if (marked.has(id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${line.title} is a gift already`)
        return line
      })
    : ticket.lines.filter((l) => !marked.has(l.id))
  if (!lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "There is nothing on this ticket to give away")
  const discounted = lines.find((l) => l.discount_type)
  if (discounted) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${discounted.title} has a discount: take it off before giving it away`)
  const marks: GiftMark[] = lines.map((l) => ({
    ticket_id: ticket.id,
    line_id: l.id,
    stock_location_id: ticket.stock_location_id,
    currency_code: ticket.currency_code.toLowerCase(),
    product_id: l.product_id,
    variant_id: l.variant_id,
    title: l.title,
    unit_value: toAmount(toCentavos(l.unit_price)),
    reason: input.reason,
    marked_by: input.marked_by,
    approved_by: input.approved_by,
  }))
  return new StepResponse({ marks, overrides: lines.map((l) => giftOverride(l.id, input.reason, input.approved_by)) })
})

import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toAmount, toCentavos } from "../../../ledger/money"
import { GIFT_SALE_MODULE } from "../../../modules/gift_sale"
import type GiftSaleModuleService from "../../../modules/gift_sale/service"
import type { GiftMark } from "./plan-gift-marks"

/**
 * Takes the gift marks off lines of a ticket not sold yet (those named, or all of them); the
 * compensation puts them back as they were. A sold ticket's gifts stay: they are its record.
 */
export const removeGiftMarksStep = createStep(
  "kassa-gift-sale-remove-marks",
  async (input: { ticket_id: string; line_ids?: string[] }, { container }) => {
    const ticket = await container.resolve<PosModuleService>(POS_MODULE).retrieveTicket(input.ticket_id, { select: ["status"] })
    if (ticket.status !== "open" && ticket.status !== "parked") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ticket ${input.ticket_id} is ${ticket.status}: its gifts can no longer change`)
    }
    const service = container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE)
    // An open ticket's marks, also any a crashed checkout left its order on (recovery reopened it).
    const marks = await service.listGiftSales({ ticket_id: input.ticket_id, ...(input.line_ids ? { line_id: input.line_ids } : {}) })
    const missing = input.line_ids?.find((id) => !marks.some((m) => m.line_id === id))
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${missing} of ticket ${input.ticket_id} is not a gift`)
    if (!marks.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${input.ticket_id} has no gifts`)
    await service.deleteGiftSales(marks.map((m) => m.id))
    const kept: GiftMark[] = marks.map((m) => ({
      ticket_id: m.ticket_id,
      line_id: m.line_id,
      stock_location_id: m.stock_location_id,
      currency_code: m.currency_code,
      product_id: m.product_id,
      variant_id: m.variant_id,
      title: m.title,
      unit_value: toAmount(toCentavos(m.unit_value)),
      reason: m.reason,
      marked_by: m.marked_by,
      approved_by: m.approved_by,
    }))
    return new StepResponse(marks.map((m) => m.line_id), kept)
  },
  async (kept, { container }) => {
    if (kept?.length) await container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).createGiftSales(kept)
  }
)

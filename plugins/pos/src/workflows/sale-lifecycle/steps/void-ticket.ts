import { failpoint } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { pluginTender } from "../../../sale/tender-registry"
import type { CounterSale } from "./load-counter-sale"

/**
 * Marks the sale VOID (its receipt number stays taken: numbers are never reused) and lets each
 * plugin tender of the sale undo its part (a plan canceled, store credit given back).
 */
export const voidTicketStep = createStep(
  "kassa-pos-void-ticket",
  async ({ sale, reason, voided_by }: { sale: CounterSale; reason: string; voided_by: string }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const before = { status: sale.ticket.status, voided_at: null, voided_by: null, void_reason: null }
    const [ticket] = await pos.listTickets({ id: sale.ticket.id }, { select: ["status"] })
    // A recovered void that got this far before the crash.
    if (ticket?.status === "voided" && sale.ticket.status === "voided") return new StepResponse(false, null)
    if (ticket?.status !== "completed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${sale.ticket.receipt_number} is ${ticket?.status ?? "gone"}`)
    // The plugins first: if one refuses, nothing of this step is left to undo.
    for (const method of sale.tender_methods) {
      await pluginTender(method)?.reverse?.({ container, order_id: sale.order.id, reason })
    }
    await pos.updateTickets({ id: sale.ticket.id, status: "voided", voided_at: new Date(), voided_by, void_reason: reason })
    failpoint("void:ticket-voided")
    return new StepResponse(true, { id: sale.ticket.id, ...before })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PosModuleService>(POS_MODULE).updateTickets(undo as never)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { branchAgents } from "../../../sale/branch-agents"

export type TicketPatch = {
  customer_id?: string | null
  sales_agent_id?: string | null
  discount_type?: "amount" | "percent" | null
  discount_value?: number | null
  promo_codes?: string[]
  note?: string | null
  status?: "open" | "parked" | "voided"
}

/** Changes an open or parked ticket; the compensation puts back what it changed. */
export const updateTicketStep = createStep(
  "kassa-pos-update-ticket",
  async ({ id, patch }: { id: string; patch: TicketPatch }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const before = await pos.retrieveTicket(id)
    if (before.status === "completed" || before.status === "voided") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ticket ${id} is ${before.status}: it can no longer change`)
    }
    // The agent earns the commission: only one of the branch's own sellers (links are not checked).
    if (patch.sales_agent_id && !(await branchAgents(container, before.stock_location_id)).some((a) => a.staff_id === patch.sales_agent_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Staff member ${patch.sales_agent_id} is not a sales agent at this branch`)
    }
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, (before as Record<string, unknown>)[k]])) as TicketPatch
    const after = await pos.updateTickets({ id, ...patch })
    return new StepResponse(after, { id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PosModuleService>(POS_MODULE).updateTickets({ id: undo.id, ...undo.previous })
  }
)

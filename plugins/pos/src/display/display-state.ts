import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { saleSummary } from "../sale/sale-summary"
import { ticketView } from "../sale/ticket-view"

/**
 * What a register's customer display shows: the ticket being rung up, or the sale just paid
 * (with its change and a thank-you), or nothing (a parked or voided ticket leaves the screen).
 */
export async function displayState(scope: MedusaContainer, ticketId: string) {
  const ticket = await ticketView(scope, ticketId)
  if (ticket.status === "parked" || ticket.status === "voided") return { ticket: null, sale: null }
  const sale = ticket.status === "completed" && ticket.order_id ? await saleSummary(scope, ticket.order_id) : null
  return { ticket, sale }
}

/** The register's latest open or completed ticket: what its display shows when it connects. */
export async function currentTicketOf(scope: MedusaContainer, registerId: string) {
  const pos: PosModuleService = scope.resolve(POS_MODULE)
  const [latest] = await pos.listTickets(
    { register_id: registerId, status: ["open", "completed"] },
    { select: ["id"], order: { updated_at: "DESC" }, take: 1 }
  )
  return latest?.id ?? null
}

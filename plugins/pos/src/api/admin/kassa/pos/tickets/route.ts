import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { POS_MODULE } from "../../../../../modules/pos"
import type PosModuleService from "../../../../../modules/pos/service"
import { customerNames } from "../../../../../sale/customer-names"
import { ticketView } from "../../../../../sale/ticket-view"
import { openTicketWorkflow } from "../../../../../workflows/tickets"
import { counterCaller } from "./caller"
import type { ListTicketsType, OpenTicketType } from "./validators"

/** Opens a sale on a register. */
export const POST = async (req: AuthenticatedMedusaRequest<OpenTicketType>, res: MedusaResponse) => {
  const { location_id, register_id } = req.validatedBody
  const caller = await counterCaller(req, location_id)
  const { result } = await openTicketWorkflow(req.scope).run({
    input: { stock_location_id: location_id, register_id, staff_member_id: caller.staff_member_id },
  })
  res.status(201).json({ ticket: await ticketView(req.scope, result.id) })
}

/** The branch's tickets, newest first: the parked ones to resume, the open one of a register. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListTicketsType>, res: MedusaResponse) => {
  const { location_id, register_id, status } = req.validatedQuery
  const pos: PosModuleService = req.scope.resolve(POS_MODULE)
  const tickets = await pos.listTickets(
    { stock_location_id: location_id, ...(register_id ? { register_id } : {}), status: status ?? ["open", "parked"] },
    { relations: ["lines"], order: { created_at: "DESC" }, take: 50 }
  )
  // A parked sale is told apart by what it holds: its total, first item and customer (parked
  // sales are few, so pricing each as the counter will is affordable).
  const parked = tickets.filter((t) => t.status === "parked")
  const [views, customers] = await Promise.all([
    Promise.all(parked.map((t) => ticketView(req.scope, t.id))),
    customerNames(req.scope, parked.map((t) => t.customer_id)),
  ])
  const summary = new Map(
    views.map((v) => [v.id, { total: v.totals.total, first_item: v.lines[0]?.title ?? null, customer_name: v.customer_id ? (customers.get(v.customer_id) ?? null) : null }])
  )
  res.json({
    tickets: tickets.map((t) => ({
      id: t.id,
      status: t.status,
      register_id: t.register_id,
      customer_id: t.customer_id,
      note: t.note,
      items: t.lines.reduce((n, l) => n + l.quantity, 0),
      created_at: t.created_at,
      updated_at: t.updated_at,
      ...summary.get(t.id),
    })),
  })
}

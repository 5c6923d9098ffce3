import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyDisplays } from "../display/channel"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { POS_SALE_COMPLETED, type PosSaleCompletedData } from "../workflows/checkout/workflows/checkout"
import { POS_TICKET_CHANGED } from "../workflows/tickets"

/** A ticket changed (its id) or a sale completed (its order id): tell the register's displays. */
export default async function displayFeed({ event, container }: SubscriberArgs<{ id: string } & Partial<PosSaleCompletedData>>) {
  if (event.data.register_id && event.data.ticket_id) {
    return notifyDisplays(container, { register_id: event.data.register_id, ticket_id: event.data.ticket_id })
  }
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const filter = event.name === POS_SALE_COMPLETED ? { order_id: event.data.id } : { id: event.data.id }
  const [ticket] = await pos.listTickets(filter, { select: ["id", "register_id"] })
  if (ticket) await notifyDisplays(container, { register_id: ticket.register_id, ticket_id: ticket.id })
}

export const config: SubscriberConfig = { event: [POS_TICKET_CHANGED, POS_SALE_COMPLETED] }

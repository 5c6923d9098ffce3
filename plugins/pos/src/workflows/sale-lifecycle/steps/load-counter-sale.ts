import { branchAt, DEFAULT_TIMEZONE } from "@kassa/core/kit"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

export type CounterSale = {
  order: OrderDTO & { fulfillments?: { id: string; canceled_at: string | null }[] }
  ticket: { id: string; status: string; stock_location_id: string; register_id: string; receipt_number: string | null; completed_at: string | Date | null }
  tender_methods: string[]
  timezone: string
}

/**
 * A completed counter sale by its order: the order, its ticket, its tenders and its branch's
 * timezone. `resume`: a void that a crash interrupted, finished by recovery — the ticket may be
 * void and the order canceled already.
 */
export const loadCounterSaleStep = createStep("kassa-pos-load-counter-sale", async ({ order_id, resume }: { order_id: string; resume?: boolean }, { container }) => {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [ticket] = await pos.listTickets({ order_id })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${order_id} is not a counter sale`)
  if (ticket.status === "voided" && !resume) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${ticket.receipt_number} is already void`)
  const [{ data: orders }, tenders, branch] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ["id", "status", "currency_code", "items.*", "fulfillments.id", "fulfillments.canceled_at"],
      filters: { id: order_id },
    }),
    pos.listTenders({ order_id }, { select: ["method"] }),
    branchAt(container, { stock_location_id: ticket.stock_location_id }),
  ])
  const order = orders[0] as CounterSale["order"] | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${order_id}`)
  if (order.status === "canceled" && !resume) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${order_id} is already canceled`)
  if (order.status === "archived" && !resume) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Sale ${ticket.receipt_number} is archived: a manager restores it before it is voided`)
  }
  return new StepResponse<CounterSale>({
    order,
    ticket: ticket as unknown as CounterSale["ticket"],
    tender_methods: [...new Set(tenders.map((t) => t.method))],
    timezone: branch?.timezone ?? DEFAULT_TIMEZONE,
  })
})

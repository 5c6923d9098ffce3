import type { BigNumberInput, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/** How the order was paid, one row per tender (the counter's) or captured payment (the web's). */
export type TenderRow = {
  id: string
  method: string
  amount: BigNumberInput
  reference: string | null
  card_last4: string | null
  approval_code: string | null
  tendered: BigNumberInput | null
  change: BigNumberInput | null
}

/** What a receipt says about where, when, by whom and how an order was sold. */
export type SaleFacts = {
  stock_location_id: string
  receipt_number: string
  /** When it was sold; null: when the order was created. */
  issued_at: Date | null
  voided: { at: string; reason: string | null } | null
  register_id: string | null
  /** The cashier's staff id; null for an order placed on the web. */
  cashier_id: string | null
  sales_agent_id: string | null
  /** The counter's lines in scan order; null keeps the order's own. */
  line_ids: string[] | null
  tenders: TenderRow[]
}

/** The Medusa provider a web order was paid through, as a tender method ("pp_system_default" → "online"). */
export const WEB_TENDER = "online"

type WebOrder = {
  id: string
  display_id: number
  custom_display_id: string | null
  created_at: string
  status: string
  canceled_at: string | null
  sales_channel_id: string | null
  payment_collections?: { payments?: { id: string; amount: BigNumberInput; provider_id: string; captured_at: string | null; canceled_at: string | null }[] }[]
}

/**
 * The branch an order belongs to: the counter sale's, else the branch whose sales channel it came
 * through; null for an order of a channel no branch sells through (the store's own web shop).
 */
export async function orderBranch(scope: MedusaContainer, orderId: string): Promise<string | null> {
  const fromTicket = await scope.resolve<PosModuleService>(POS_MODULE).ticketLocation({ order_id: orderId })
  if (fromTicket) return fromTicket
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["sales_channel_id"], filters: { id: orderId } })
  const channel = (data[0] as { sales_channel_id: string | null } | undefined)?.sales_channel_id
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  if (!channel) return null
  const { data: branches } = await query.graph({ entity: "branch", fields: ["stock_location_id"], filters: { sales_channel_id: channel } })
  return (branches[0] as { stock_location_id: string } | undefined)?.stock_location_id ?? null
}

/** A counter sale's facts from its ticket and tenders; any other order's from the order and its payments. */
export async function saleFacts(scope: MedusaContainer, orderId: string): Promise<SaleFacts> {
  const pos: PosModuleService = scope.resolve(POS_MODULE)
  const [ticket] = await pos.listTickets({ order_id: orderId })
  if (ticket?.receipt_number) {
    const [tenders, scanned] = await Promise.all([
      pos.listTenders({ order_id: orderId }, { order: { created_at: "ASC" } }),
      pos.listTicketLines({ ticket_id: ticket.id }, { select: ["id"], order: { created_at: "ASC", id: "ASC" }, withDeleted: true }),
    ])
    return {
      stock_location_id: ticket.stock_location_id,
      receipt_number: ticket.receipt_number,
      issued_at: ticket.completed_at ? new Date(ticket.completed_at) : null,
      voided: ticket.voided_at ? { at: new Date(ticket.voided_at).toISOString(), reason: ticket.void_reason } : null,
      register_id: ticket.register_id,
      cashier_id: ticket.opened_by,
      sales_agent_id: ticket.sales_agent_id,
      line_ids: scanned.map((line) => line.id),
      tenders: tenders as unknown as TenderRow[],
    }
  }
  return webSaleFacts(scope, orderId)
}

/**
 * An order placed on the web: numbered as Medusa numbers it, at the branch of its sales channel
 * (the first branch for the store's own channel, whose header the receipt then carries), paid by
 * what its payments captured.
 */
async function webSaleFacts(scope: MedusaContainer, orderId: string): Promise<SaleFacts> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "custom_display_id", "created_at", "status", "canceled_at", "sales_channel_id",
      "payment_collections.payments.id", "payment_collections.payments.amount", "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as WebOrder | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  let location = await orderBranch(scope, orderId)
  if (!location) {
    const { data: branches } = await query.graph({ entity: "branch", fields: ["stock_location_id", "created_at"] })
    location = (branches as { stock_location_id: string; created_at: string }[]).sort((a, b) => a.created_at.localeCompare(b.created_at))[0]?.stock_location_id ?? null
  }
  if (!location) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No branch is set up to print this order's receipt")
  const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? []).filter((p) => !p.canceled_at)
  return {
    stock_location_id: location,
    receipt_number: order.custom_display_id ?? `#${order.display_id}`,
    issued_at: new Date(order.created_at),
    voided: order.status === "canceled" ? { at: new Date(order.canceled_at ?? order.created_at).toISOString(), reason: null } : null,
    register_id: null,
    cashier_id: null,
    sales_agent_id: null,
    line_ids: null,
    tenders: payments.map((p) => ({
      id: p.id,
      method: WEB_TENDER,
      amount: p.amount,
      reference: p.captured_at ? p.provider_id : `${p.provider_id}, not captured yet`,
      card_last4: null,
      approval_code: null,
      tendered: null,
      change: null,
    })),
  }
}

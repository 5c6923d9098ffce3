import { forgetWorkFactsOn, recordWorkFactsOn } from "@kassa/core/kit"
import type { MedusaContainer, OrderDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { markItems, withdrawFulfillment } from "../../checkout/steps/fulfill-sale"
import { giveBackStock, type Need, takeStock } from "../../checkout/steps/take-stock"
import { num } from "../../../sale/money"

export type HandOverInput = {
  order_id: string
  exchange_id: string
  location_id: string
  created_by: string
  allow_negative: boolean
  branch_name: string
  /** The exchange's run in the work journal: "handed_over" is recorded in the levels' transaction. */
  journal_id?: string
  /** A recovered exchange whose journal says the new units already left the shelf. */
  stock_taken?: boolean
}

async function exchangeItems(container: MedusaContainer, exchangeId: string, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: exchanges }, { data: orders }] = await Promise.all([
    query.graph({ entity: "order_exchange", fields: ["id", "additional_items.item_id"], filters: { id: exchangeId } }),
    query.graph({ entity: "order", fields: ["id", "total", "items.*", "fulfillments.id", "fulfillments.data"], filters: { id: orderId } }),
  ])
  const ids = new Set(((exchanges[0] as { additional_items?: { item_id: string }[] })?.additional_items ?? []).map((i) => i.item_id))
  const order = orders[0] as OrderDTO & { fulfillments?: { id: string; data: Record<string, unknown> | null }[] }
  const delivered = (order.fulfillments ?? []).find((f) => f.data?.exchange_id === exchangeId)?.id ?? null
  return { order: { ...order, items: (order.items ?? []).filter((i) => ids.has(i.id)) } as OrderDTO, delivered }
}

/**
 * The customer leaves with the exchange's new units: taken off the branch's stock under the same
 * lock as a sale (a 409 when gone), handed over in a delivered fulfillment, the items marked
 * fulfilled. Medusa's exchange (no shipping method at the counter) reserved nothing. Run again
 * by recovery, it skips the units its journal says were taken and a handover already delivered.
 */
export async function handOverExchange(container: MedusaContainer, input: HandOverInput) {
  const { order, delivered } = await exchangeItems(container, input.exchange_id, input.order_id)
  const lines = (order.items ?? []).map((i) => ({ variant_id: i.variant_id!, quantity: num(i.quantity), title: i.title }))
  const { journal_id } = input
  const needs: Need[] = input.stock_taken
    ? []
    : await takeStock(container, {
        location: input.location_id,
        lines,
        allowNegative: input.allow_negative,
        branchName: input.branch_name,
        alongside: (trx) => recordWorkFactsOn(trx, journal_id, { handed_over: true }),
      })
  let fulfillment_id = delivered
  if (!fulfillment_id) {
    const now = new Date()
    const fulfillment = await container.resolve(Modules.FULFILLMENT).createFulfillment({
      location_id: input.location_id,
      provider_id: "manual_manual",
      delivery_address: {},
      items: (order.items ?? []).map((i) => ({ title: i.title, sku: i.variant_sku ?? "", barcode: i.variant_barcode ?? "", quantity: num(i.quantity), line_item_id: i.id })),
      labels: [],
      order: {},
      data: { kassa: "counter exchange", exchange_id: input.exchange_id },
      requires_shipping: false,
      packed_at: now,
      shipped_at: now,
      delivered_at: now,
      created_by: input.created_by,
    })
    fulfillment_id = fulfillment.id
    await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: order.id }, [Modules.FULFILLMENT]: { fulfillment_id } })
  }
  await markItems(container, order, (q) => q)
  return { items: order.items ?? [], undo: { location: input.location_id, needs, fulfillment_id, order, journal_id } }
}

export const handOverExchangeStep = createStep(
  "kassa-pos-hand-over-exchange",
  async (input: HandOverInput, { container }) => {
    const { items, undo } = await handOverExchange(container, input)
    return new StepResponse(items, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    await markItems(container, undo.order, () => 0)
    await withdrawFulfillment(container, undo.fulfillment_id)
    const { journal_id } = undo
    await giveBackStock(container, undo.location, undo.needs, (trx) => forgetWorkFactsOn(trx, journal_id, ["handed_over"]))
  }
)

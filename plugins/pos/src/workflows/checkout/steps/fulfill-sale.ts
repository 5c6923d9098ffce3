import type { BigNumberInput, CreateFulfillmentDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { num } from "../../../sale/money"

/**
 * What handing a sale over needs of its order: each item with its order item (`detail`, which
 * holds the quantities), or, for an order just written (`version` 1, every order item of that
 * version), the items alone.
 */
export type HandedOverOrder = {
  id: string
  version?: number
  items?:
    | { id: string; title: string; variant_sku?: string | null; variant_barcode?: string | null; quantity: BigNumberInput; detail?: { id: string } | null }[]
    | null
}

type Quantities = { fulfilled_quantity: number; shipped_quantity: number; delivered_quantity: number }
// The order module's record method for order items (MedusaService generates it; its interface does not list it).
type OrderItemRecords = {
  updateOrderItems(
    data: (({ id: string } & Quantities) | { selector: { order_id: string; version: number; item_id: string[] }; data: Quantities })[]
  ): Promise<unknown[]>
}

/**
 * Sets the items' fulfilled, shipped and delivered quantities in one call: by order item id, or
 * for a new order by its version-1 order items of those line items, one selector per quantity
 * (a counter sale's checkout then need not read its order items back). Medusa's
 * registerFulfillment and registerDelivery would do the same through two order changes, ~95 ms
 * of a ~310 ms checkout (bench/pos). The fulfillment record keeps the history.
 */
export async function markItems(container: MedusaContainer, order: HandedOverOrder, quantity: (q: number) => number) {
  const items = order.items ?? []
  if (!items.length) return
  const set = (q: number): Quantities => ({ fulfilled_quantity: q, shipped_quantity: q, delivered_quantity: q })
  const records = container.resolve(Modules.ORDER) as unknown as OrderItemRecords
  if (items.every((i) => i.detail?.id)) {
    await records.updateOrderItems(items.map((i) => ({ id: i.detail!.id, ...set(quantity(num(i.quantity))) })))
    return
  }
  if (order.version !== 1) throw new Error(`Order ${order.id}: its items came without their order items (read items.* or items.detail.id)`)
  const byQuantity = new Map<number, string[]>()
  for (const i of items) {
    const q = quantity(num(i.quantity))
    byQuantity.set(q, [...(byQuantity.get(q) ?? []), i.id])
  }
  const updated = await records.updateOrderItems(
    [...byQuantity].map(([q, item_id]) => ({ selector: { order_id: order.id, version: 1, item_id }, data: set(q) }))
  )
  if (updated.length !== items.length) throw new Error(`Order ${order.id}: ${updated.length} of its ${items.length} order items were found to mark`)
}

/**
 * Cancels a counter handover. The fulfillment module refuses to cancel a shipped fulfillment
 * (and a counter sale's is shipped and delivered at once), so those dates are cleared first;
 * when the goods were handed over stays in the fulfillment's data.
 */
export async function withdrawFulfillment(container: MedusaContainer, id: string) {
  const fulfillments = container.resolve(Modules.FULFILLMENT)
  const current = await fulfillments.retrieveFulfillment(id)
  await fulfillments.updateFulfillment(id, {
    shipped_at: null,
    delivered_at: null,
    data: { ...(current.data ?? {}), handed_over_at: current.delivered_at ?? current.shipped_at },
  } as never)
  await fulfillments.cancelFulfillment(id)
}

/**
 * The customer leaves with the goods (unless a tender `hold`s them: see TenderDefinition): one
 * fulfillment from the branch's stock location, already delivered, linked to the order, and the
 * order's items marked fulfilled and delivered (what a return started in the admin checks).
 * Stock was taken by the checkout itself, so the fulfillment carries no inventory items to
 * deduct again. Given `payment_collection_id` (the checkout's), the order's link to it is made
 * in the same link call; given `fulfillment_id` (the checkout's plan's), the fulfillment has that id.
 */
export const fulfillSaleStep = createStep(
  "kassa-pos-fulfill-sale",
  async (
    {
      order,
      location_id,
      created_by,
      hold,
      payment_collection_id,
      fulfillment_id,
    }: { order: HandedOverOrder; location_id: string; created_by: string; hold?: boolean; payment_collection_id?: string; fulfillment_id?: string },
    { container }
  ) => {
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const linked: Record<string, Record<string, string>>[] = payment_collection_id
      ? [{ [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id } }]
      : []
    if (hold) {
      if (linked.length) await link.create(linked)
      return new StepResponse(null, { fulfillment_id: null, linked, order })
    }
    const now = new Date()
    const fulfillment = await container.resolve(Modules.FULFILLMENT).createFulfillment({
      // Medusa keeps a given id (its DTO does not list it: hence the cast below).
      id: fulfillment_id,
      location_id,
      provider_id: "manual_manual",
      delivery_address: {},
      items: (order.items ?? []).map((i) => ({
        title: i.title,
        sku: i.variant_sku ?? "",
        barcode: i.variant_barcode ?? "",
        quantity: Number(i.quantity),
        line_item_id: i.id,
      })),
      labels: [],
      order: {},
      data: { kassa: "counter sale" },
      requires_shipping: false,
      packed_at: now,
      shipped_at: now,
      delivered_at: now,
      created_by,
    } as CreateFulfillmentDTO)
    linked.push({ [Modules.ORDER]: { order_id: order.id }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id } })
    const undo = { fulfillment_id: fulfillment.id as string | null, linked, order }
    // Two modules' writes, side by side; both settle before a failure takes the handover back
    // (a failed step is not compensated).
    const failed = (await Promise.allSettled([link.create(linked), markItems(container, order, (q) => q)])).find((r) => r.status === "rejected")
    if (failed) {
      await takeBack(container, undo)
      throw failed.reason
    }
    return new StepResponse(fulfillment.id, undo)
  },
  async (undo, { container }) => {
    if (undo) await takeBack(container, undo)
  }
)

async function takeBack(container: MedusaContainer, undo: { fulfillment_id: string | null; linked: Record<string, Record<string, string>>[]; order: HandedOverOrder }) {
  if (undo.linked.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(undo.linked)
  if (!undo.fulfillment_id) return
  await markItems(container, undo.order, () => 0)
  await withdrawFulfillment(container, undo.fulfillment_id)
  await container.resolve(Modules.FULFILLMENT).deleteFulfillment(undo.fulfillment_id)
}

import type { CreateFulfillmentDTO } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PREORDERS_MODULE } from "../../../modules/preorders"
import type PreordersModuleService from "../../../modules/preorders/service"

export type DeliveryAddress = {
  first_name: string
  last_name?: string
  phone: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code?: string
  country_code: string
}

/** The address kept and the fee added to what is owed; undone by taking both back. */
export const addDeliveryStep = createStep(
  "kassa-preorders-add-delivery",
  async (input: { id: string; address: DeliveryAddress; fee: number }, { container }) => {
    const added = await container.resolve<PreordersModuleService>(PREORDERS_MODULE).addDelivery(input)
    return new StepResponse(added, added)
  },
  async (added, { container }) => {
    if (added) await container.resolve<PreordersModuleService>(PREORDERS_MODULE).removeDelivery(added)
  }
)

/**
 * Medusa's fulfillment for the parcel, from the branch holding the goods, packed and shipped now
 * (the manual provider: the store's own rider or courier), its id kept on the pre-order.
 * Undone by canceling and deleting it.
 */
export const createShipmentStep = createStep(
  "kassa-preorders-create-shipment",
  async (input: { id: string; location_id: string; address: DeliveryAddress; created_by: string }, { container }) => {
    const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
    const p = await service.retrievePreorder(input.id)
    const now = new Date()
    const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: p.variant_id }, { select: ["sku", "barcode"] })
    const fulfillment = await container.resolve(Modules.FULFILLMENT).createFulfillment({
      location_id: input.location_id,
      provider_id: "manual_manual",
      delivery_address: input.address,
      items: [{ title: p.title, sku: variant?.sku ?? "", barcode: variant?.barcode ?? "", quantity: p.quantity, line_item_id: null }],
      labels: [],
      order: {},
      data: { kassa_preorder_id: p.id, kassa_preorder_number: p.number },
      requires_shipping: true,
      packed_at: now,
      shipped_at: now,
      created_by: input.created_by,
    } as unknown as CreateFulfillmentDTO)
    await service.updatePreorders({ id: p.id, delivery: { ...(p.delivery ?? {}), fulfillment_id: fulfillment.id } })
    return new StepResponse(fulfillment.id, fulfillment.id)
  },
  async (id, { container }) => {
    if (!id) return
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    // The module refuses to cancel a shipped fulfillment: its dates go first (as the POS does).
    await fulfillments.updateFulfillment(id, { shipped_at: null } as never)
    await fulfillments.cancelFulfillment(id)
    await fulfillments.deleteFulfillment(id)
  }
)

/** The parcel arrived: Medusa's fulfillment marked delivered, the pre-order `delivered` (only from `shipped`, once). */
export const markDeliveredStep = createStep("kassa-preorders-mark-delivered", async (input: { id: string; location_id: string; closed_by: string }, { container }) => {
  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  const [p] = await service.listPreorders({ id: input.id })
  if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pre-order ${input.id}`)
  if (p.status !== "shipped") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} is ${p.status.replace("_", " ")}: only a shipped one is marked delivered`)
  if (p.stock_location_id !== input.location_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} was sent from another branch: mark it delivered there`)
  const fulfillmentId = (p.delivery as { fulfillment_id?: string } | null)?.fulfillment_id
  if (!fulfillmentId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} has no shipment`)
  const done = await service.markDelivered(p.id, input.closed_by)
  if (!done) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Pre-order ${p.number} is already delivered`)
  await container.resolve(Modules.FULFILLMENT).updateFulfillment(fulfillmentId, { delivered_at: new Date() } as never)
  return new StepResponse(p.id)
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * A real Medusa order placed through the cart workflows: one variant, picked up at the branch's
 * counter, paid with the system provider (authorized, not captured).
 */
export async function placeOrder(container: MedusaContainer, { variantId, locationId, quantity = 1, email = "buyer@example.com", customerId }: {
  variantId: string
  locationId: string
  quantity?: number
  email?: string
  /** A signed-in shopper's order; none: a guest's. */
  customerId?: string
}) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: locations } = await query.graph({
    entity: "stock_location",
    fields: ["id", "sales_channels.id", "fulfillment_sets.service_zones.shipping_options.id"],
    filters: { id: locationId },
  })
  const location = locations[0] as unknown as {
    sales_channels: { id: string }[]
    fulfillment_sets: { service_zones: { shipping_options: { id: string }[] }[] }[]
  }
  const [region] = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: region.id, sales_channel_id: location.sales_channels[0].id, email, currency_code: region.currency_code, ...(customerId ? { customer_id: customerId } : {}) },
  })
  await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items: [{ variant_id: variantId, quantity }] } })
  const option = location.fulfillment_sets[0].service_zones[0].shipping_options[0]
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id"],
    filters: { id: result.id },
  })
  const order = orders[0] as unknown as { id: string; payment_collections: { payments: { id: string }[] }[] }
  return { orderId: order.id, paymentId: order.payment_collections[0].payments[0].id }
}

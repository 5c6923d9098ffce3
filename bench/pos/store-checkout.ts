import type { Api } from "./http"
import { tally } from "./http"
import type { Sold } from "./pos-sales"
import { timed } from "./stats"

export type Channel = { sales_channel_id: string; location_id: string }
export type StoreResult = { checkoutMs: number; completeMs: number; sold: Sold[] }

const ADDRESS = { first_name: "Bench", last_name: "Buyer", address_1: "1147 Rizal Avenue", city: "Manila", postal_code: "1003", country_code: "ph" }

/**
 * Medusa's stock storefront checkout, call for call as a storefront makes it: cart, three line
 * items, a shipping method (the branch's in-store pickup), a payment session with the system
 * provider, complete. The order reserves its units at the branch of the cart's sales channel.
 */
export async function storeCheckout(store: Api, regionId: string, { sales_channel_id, location_id }: Channel, variantIds: string[]): Promise<StoreResult> {
  const [checkoutMs, [completeMs, items]] = await timed(async () => {
    const { cart } = (await store.call("store create cart", "POST", "/store/carts", {
      region_id: regionId,
      sales_channel_id,
      email: "bench.buyer@example.com",
      shipping_address: ADDRESS,
    })).json
    for (const variant_id of variantIds) await store.call("store add line item", "POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
    const { shipping_options } = (await store.call("store shipping options", "GET", `/store/shipping-options?cart_id=${cart.id}`)).json
    if (!shipping_options?.length) throw new Error(`no shipping option for cart ${cart.id}`)
    await store.call("store add shipping method", "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
    const { payment_collection } = (await store.call("store payment collection", "POST", "/store/payment-collections", { cart_id: cart.id })).json
    await store.call("store payment session", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    const { ms, json } = await store.call("store complete cart", "POST", `/store/carts/${cart.id}/complete`)
    // A refused completion is a 200 with the cart and its error.
    if (json.type !== "order") {
      tally.errors++
      if (tally.samples.length < 5) tally.samples.push(`store complete cart: ${JSON.stringify(json.error ?? json).slice(0, 300)}`)
      throw new Error(`cart ${cart.id} did not complete`)
    }
    return [ms, json.order.items as { variant_id: string; quantity: number }[]] as const
  })
  return { checkoutMs, completeMs, sold: items.map((i) => ({ location_id, variant_id: i.variant_id, quantity: Number(i.quantity) })) }
}

/** `clients` storefront buyers checking out back to back, `perClient` checkouts each. */
export async function storeClientsAtOnce(store: Api, regionId: string, channels: Channel[], clients: number, perClient: number, variants: () => string[]) {
  const results: StoreResult[] = []
  const [wallMs] = await timed(() =>
    Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        for (let n = 0; n < perClient; n++) {
          await storeCheckout(store, regionId, channels[i % channels.length], variants()).then((r) => results.push(r), () => undefined)
        }
      })
    )
  )
  return { results, perSecond: results.length / (wallMs / 1000), wallMs }
}

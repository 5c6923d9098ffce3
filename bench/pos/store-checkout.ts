import type { Api } from "./http"
import { tally } from "./http"
import type { Sold } from "./pos-sales"
import { lanes } from "./lanes"
import { timed } from "./stats"

export type Channel = { sales_channel_id: string; location_id: string }
export type StoreResult = { checkoutMs: number; completeMs: number; sold: Sold[] }
/** A cart with its items, shipping method and payment session: only "complete" is left. */
export type ReadyCart = { cart_id: string; channel: Channel }

const ADDRESS = { first_name: "Bench", last_name: "Buyer", address_1: "1147 Rizal Avenue", city: "Manila", postal_code: "1003", country_code: "ph" }

/**
 * Medusa's stock storefront checkout up to completion, call for call as a storefront makes it:
 * cart, three line items, a shipping method (the branch's in-store pickup), a payment session
 * with the system provider.
 */
export async function fillCart(store: Api, regionId: string, channel: Channel, variantIds: string[]): Promise<ReadyCart> {
  const { cart } = (await store.call("store create cart", "POST", "/store/carts", {
    region_id: regionId,
    sales_channel_id: channel.sales_channel_id,
    email: "bench.buyer@example.com",
    shipping_address: ADDRESS,
  })).json
  for (const variant_id of variantIds) await store.call("store add line item", "POST", `/store/carts/${cart.id}/line-items`, { variant_id, quantity: 1 })
  const { shipping_options } = (await store.call("store shipping options", "GET", `/store/shipping-options?cart_id=${cart.id}`)).json
  if (!shipping_options?.length) throw new Error(`no shipping option for cart ${cart.id}`)
  await store.call("store add shipping method", "POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shipping_options[0].id })
  const { payment_collection } = (await store.call("store payment collection", "POST", "/store/payment-collections", { cart_id: cart.id })).json
  await store.call("store payment session", "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  return { cart_id: cart.id, channel }
}

/** Completes a ready cart; the order reserves its units at the branch of the cart's sales channel. */
export async function completeCart(store: Api, ready: ReadyCart): Promise<StoreResult> {
  const { ms, json } = await store.call("store complete cart", "POST", `/store/carts/${ready.cart_id}/complete`)
  // A refused completion is a 200 with the cart and its error.
  if (json.type !== "order") {
    tally.errors++
    if (tally.samples.length < 5) tally.samples.push(`store complete cart: ${JSON.stringify(json.error ?? json).slice(0, 300)}`)
    throw new Error(`cart ${ready.cart_id} did not complete`)
  }
  const items = json.order.items as { variant_id: string; quantity: number }[]
  return { checkoutMs: ms, completeMs: ms, sold: items.map((i) => ({ location_id: ready.channel.location_id, variant_id: i.variant_id, quantity: Number(i.quantity) })) }
}

/** The whole storefront checkout: fill the cart, complete it. */
export async function storeCheckout(store: Api, regionId: string, channel: Channel, variantIds: string[]): Promise<StoreResult> {
  const [checkoutMs, result] = await timed(async () => completeCart(store, await fillCart(store, regionId, channel, variantIds)))
  return { ...result, checkoutMs }
}


/** `clients` storefront buyers going through the whole checkout back to back, `perClient` each. */
export const storeClientsAtOnce = (store: Api, regionId: string, channels: Channel[], clients: number, perClient: number, variants: () => string[]) =>
  lanes(clients, perClient, (i) => storeCheckout(store, regionId, channels[i % channels.length], variants()))

/** Fills `perClient` carts for each of `clients` buyers (not measured: the completions are). */
export async function fillCarts(store: Api, regionId: string, channels: Channel[], clients: number, perClient: number, variants: () => string[]) {
  const ready: ReadyCart[][] = Array.from({ length: clients }, () => [])
  await lanes(clients, perClient, async (i) => ready[i].push(await fillCart(store, regionId, channels[i % channels.length], variants())))
  return ready
}

/** Each buyer completes its ready carts back to back, all buyers at once. */
export const storeClientsCompleting = (store: Api, ready: ReadyCart[][]) =>
  lanes(ready.length, Math.max(...ready.map((r) => r.length)), (i, n) => completeCart(store, ready[i][n]))

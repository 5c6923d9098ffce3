import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cents, num } from "../../../sale/money"

/**
 * What the exchange leaves to settle, from Medusa's order summary once it is confirmed and the
 * units received: above zero the customer pays the difference (into the payment collection
 * Medusa opened for it), below zero the store refunds it.
 */
export const exchangeDifferenceStep = createStep("kassa-pos-exchange-difference", async ({ order_id }: { order_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "currency_code", "summary", "payment_collections.id", "payment_collections.status", "payment_collections.created_at"],
    filters: { id: order_id },
  })
  const order = data[0] as { currency_code: string; summary?: { pending_difference?: unknown }; payment_collections?: { id: string; status: string; created_at: string }[] }
  const open = (order.payment_collections ?? []).filter((c) => c.status === "not_paid").sort((a, b) => +new Date(b.created_at) - +new Date(a.created_at))[0]
  return new StepResponse({
    amount: cents(num(order.summary?.pending_difference as number)),
    currency_code: order.currency_code,
    payment_collection_id: open?.id ?? null,
  })
})

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pluginTender } from "./tender-registry"

/**
 * Whether a sale's goods are still at the store: one of its tenders holds them (an installment
 * awaiting approval) and nothing has been handed over yet.
 */
export async function goodsHeld(scope: MedusaContainer, orderId: string, methods: string[]) {
  if (!methods.some((m) => pluginTender(m)?.holdsGoods)) return false
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "status", "fulfillments.id", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })
  const order = data[0] as { status: string; fulfillments?: { canceled_at: string | null }[] } | undefined
  return !!order && order.status !== "canceled" && !(order.fulfillments ?? []).some((f) => !f.canceled_at)
}

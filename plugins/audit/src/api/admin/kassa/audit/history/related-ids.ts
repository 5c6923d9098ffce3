import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { HistoryType } from "../validators"

type Graph = Record<string, unknown> & { id: string }
const ids = (...lists: unknown[]): string[] => lists.flat(3).filter((v): v is string => typeof v === "string")

/**
 * The ids whose entries make up a record's history: an order with its payment collections and
 * payments (captures and refunds hang off those), a product with its variants' price sets and
 * inventory items, a customer as is (addresses and orders name the customer themselves).
 */
export async function relatedIds(scope: MedusaContainer, { type, id }: Pick<HistoryType, "type" | "id">): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  if (type === "order") {
    const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id", "payment_collections.payments.id"], filters: { id } })
    const order = data[0] as Graph | undefined
    const collections = (order?.payment_collections ?? []) as { id: string; payments?: { id: string }[] }[]
    return ids(id, collections.map((c) => [c.id, (c.payments ?? []).map((p) => p.id)]))
  }
  if (type === "product") {
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "variants.id", "variants.price_set.id", "variants.inventory_items.inventory_item_id"],
      filters: { id },
    })
    const variants = ((data[0] as Graph | undefined)?.variants ?? []) as {
      id: string
      price_set?: { id: string } | null
      inventory_items?: { inventory_item_id: string }[]
    }[]
    return ids(id, variants.map((v) => [v.id, v.price_set?.id, (v.inventory_items ?? []).map((i) => i.inventory_item_id)]))
  }
  return [id]
}

/**
 * The demo's counter as HTTP specs sell at it: branches by code with their first register, two
 * accessories stocked at given branches, and one whole counter sale through the real routes.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { buildCatalog } from "../../src/scripts/demo/catalog"
import type { Headers } from "./admin"

export type Branch = { location: string; r1: string }
/** A spec's API call that answers with the response, also for a 4xx. */
export type Call = (method: "post", url: string, who: Headers, body?: unknown) => Promise<{ status: number; data: any }>

/** The demo's branches by code: stock location and register ids. */
export async function branchesByCode(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "branch", fields: ["code", "stock_location_id", "registers.id", "registers.code"] })
  return Object.fromEntries(
    (data as { code: string; stock_location_id: string; registers: { id: string; code: string }[] }[]).map((b) => [
      b.code,
      { location: b.stock_location_id, r1: b.registers.find((r) => r.code === "R1")!.id },
    ])
  ) as Record<string, Branch>
}

/** Two demo accessories (they have cost prices), `stock` of each at every given location. */
export async function twoItems(container: MedusaContainer, locations: string[], stock: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = buildCatalog()
    .filter((p) => p.category === "Accessories")
    .slice(0, 2)
    .map((p) => p.variants[0].sku)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "barcode", "product.id", "inventory_items.inventory_item_id"], filters: { sku: skus } })
  const variants = data as { id: string; sku: string; barcode: string; product: { id: string }; inventory_items: { inventory_item_id: string }[] }[]
  await container.resolve(Modules.INVENTORY).updateInventoryLevels(
    variants.flatMap((v) => locations.map((location_id) => ({ inventory_item_id: v.inventory_items[0].inventory_item_id, location_id, stocked_quantity: stock })))
  )
  return skus.map((sku) => variants.find((v) => v.sku === sku)!)
}

type SaleOptions = { customer_id?: string; discount?: { type: "percent" | "amount"; value: number } }

/** A counter sale at the branch's first register of `lines` ([barcode, quantity]), paid in one tender. */
export async function counterSale(call: Call, who: Headers, branch: Branch, lines: [string, number][], tender: "cash" | "card", key: string, options: SaleOptions = {}) {
  const opened = await call("post", "/admin/kassa/pos/tickets", who, { location_id: branch.location, register_id: branch.r1 })
  expect(opened.status).toBe(201)
  const ticketId = opened.data.ticket.id
  if (options.customer_id) expect((await call("post", `/admin/kassa/pos/tickets/${ticketId}`, who, { customer_id: options.customer_id })).status).toBe(200)
  let total = "0"
  for (const [code, quantity] of lines) total = (await call("post", `/admin/kassa/pos/tickets/${ticketId}/lines`, who, { code, quantity })).data.ticket.totals.total
  if (options.discount) {
    const discounted = await call("post", `/admin/kassa/pos/tickets/${ticketId}`, who, { discount: options.discount })
    expect([discounted.status, discounted.data.message]).toEqual([200, undefined])
    total = discounted.data.ticket.totals.total
  }
  const pay = tender === "cash" ? { method: "cash", tendered: Number(total) } : { method: "card", amount: Number(total), card_last4: "4242", reference: "T-1" }
  const sold = await call("post", `/admin/kassa/pos/tickets/${ticketId}/checkout`, { headers: { ...who.headers, "idempotency-key": key } }, { tenders: [pay] })
  expect([sold.status, sold.data.message]).toEqual([200, undefined])
  return sold.data.sale as { order_id: string; receipt_number: string }
}

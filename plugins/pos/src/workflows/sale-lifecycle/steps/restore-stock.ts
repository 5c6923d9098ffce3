import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { num } from "../../../sale/money"
import { giveBackStock, stockNeeds } from "../../checkout/steps/take-stock"
import type { CounterSale } from "./load-counter-sale"

/** Puts a voided sale's units back on its branch's shelf (the checkout took them with adjustInventory). */
export const restoreStockStep = createStep(
  "kassa-pos-restore-stock",
  async ({ sale }: { sale: CounterSale }, { container }) => {
    const lines = (sale.order.items ?? []).flatMap((i) => (i.variant_id ? [{ variant_id: i.variant_id, quantity: num(i.quantity), title: i.title }] : []))
    const needs = await stockNeeds(container, lines)
    const location = sale.ticket.stock_location_id
    await giveBackStock(container, location, needs)
    return new StepResponse(needs.length, { location, needs })
  },
  async (undo, { container }) => {
    if (!undo?.needs.length) return
    await container.resolve(Modules.INVENTORY).adjustInventory(
      undo.needs.map((n) => ({ inventoryItemId: n.inventory_item_id, locationId: undo.location, adjustment: -n.quantity }))
    )
  }
)

import { failpoint, forgetWorkFactsOn, recordWorkFactsOn } from "@kassa/core/kit"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { num } from "../../../sale/money"
import { moveLevels } from "../../../stock/move-levels"
import { giveBackStock, stockNeeds } from "../../checkout/steps/take-stock"
import type { CounterSale } from "./load-counter-sale"

type Input = {
  sale: CounterSale
  /** The void's run in the work journal: "stock_restored" is recorded in the levels' own transaction. */
  journal_id?: string
  /** A recovered void whose journal says the units are back already. */
  already_restored?: boolean
}

/** Puts a voided sale's units back on its branch's shelf (the checkout took them off). */
export const restoreStockStep = createStep(
  "kassa-pos-restore-stock",
  async ({ sale, journal_id, already_restored }: Input, { container }) => {
    if (already_restored) return new StepResponse(0, null)
    const lines = (sale.order.items ?? []).flatMap((i) => (i.variant_id ? [{ variant_id: i.variant_id, quantity: num(i.quantity), title: i.title }] : []))
    const needs = await stockNeeds(container, lines)
    const location = sale.ticket.stock_location_id
    await giveBackStock(container, location, needs, (trx) => recordWorkFactsOn(trx, journal_id, { stock_restored: true }))
    failpoint("void:stock-restored")
    return new StepResponse(needs.length, { location, needs, journal_id })
  },
  async (undo, { container }) => {
    if (!undo?.needs.length) return
    const moves = undo.needs.map((n) => ({ inventory_item_id: n.inventory_item_id, delta: -n.quantity, title: n.title }))
    const { journal_id } = undo
    await moveLevels(container, undo.location, moves, undefined, (trx) => forgetWorkFactsOn(trx, journal_id, ["stock_restored"]))
  }
)

import { currentAuditContext, runWithAuditContext } from "@kassa/audit/kit"
import { moveLevels } from "@kassa/pos/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { StockMove } from "./plan-receipt"

type RaiseInput = { location_id: string; moves: StockMove[]; document: string }

/** Runs `fn` with the document named as the reason of the audit entries it causes (after the request's own reason, if any). */
export function underDocument<T>(document: string, fn: () => Promise<T>): Promise<T> {
  const context = currentAuditContext()
  if (!context) return fn()
  const reason = context.reason ? `${context.reason} — ${document}` : document
  return runWithAuditContext(() => ({ ...context, reason }), fn)
}

async function move(container: MedusaContainer, input: RaiseInput, sign: 1 | -1, document: string) {
  const moves = input.moves.map((m) => ({ ...m, delta: sign * m.delta }))
  await underDocument(document, () => moveLevels(container, input.location_id, moves))
}

/**
 * Received units onto the destination's levels: through the counter's row-locked level move
 * (POS kit's moveLevels), so a receipt and a sale of the same item at the branch never overwrite
 * each other. An item not stocked there yet gets a level first (inventory module). The audit
 * entries of the levels name the purchase order. Undo takes the units off and removes levels it
 * made.
 */
export const raiseStockStep = createStep(
  "kassa-stock-raise-stock",
  async (input: RaiseInput, { container }) => {
    if (!input.moves.length) return new StepResponse(null, null)
    const inventory = container.resolve(Modules.INVENTORY)
    const existing = await inventory.listInventoryLevels({ location_id: input.location_id, inventory_item_id: input.moves.map((m) => m.inventory_item_id) }, { select: ["inventory_item_id"] })
    const missing = input.moves.filter((m) => !existing.some((l) => l.inventory_item_id === m.inventory_item_id))
    const created = missing.length
      ? await underDocument(input.document, () => inventory.createInventoryLevels(missing.map((m) => ({ inventory_item_id: m.inventory_item_id, location_id: input.location_id, stocked_quantity: 0 }))))
      : []
    await move(container, input, 1, input.document)
    return new StepResponse(null, { input, created: created.map((l) => l.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    await move(container, undo.input, -1, `Undone: ${undo.input.document}`)
    if (undo.created.length) await container.resolve(Modules.INVENTORY).deleteInventoryLevels(undo.created)
  }
)

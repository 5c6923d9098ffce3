import type { MedusaContainer } from "@medusajs/framework/types"

/** A line of the sale as a hook sees it: `unit_price` and `total` as two-decimal strings of the sale's currency. */
export type SoldLine = { line_id: string; product_id: string; variant_id: string; title: string; quantity: number; unit_price: string; total: string }

export type SaleHookContext = {
  container: MedusaContainer
  stock_location_id: string
  currency_code: string
  customer_id: string | null
  /** The user id of the staff member credited with the sale. */
  sold_by: string
  lines: SoldLine[]
}

/**
 * Another plugin's work on what a sale sells (a gift card sold gets its code): `validate` runs
 * before anything is written, `capture` inside the checkout once the order exists, undone by
 * `compensate` (with what `capture` returned) if a later step fails. A checkout that a crash
 * interrupted is undone by recovery without calling back, and a void does not call back either:
 * what a hook records must count only while the POS ticket of its order is `completed`.
 * `assertUndoable` may refuse, by throwing, to let a completed sale be voided or canceled (what it
 * sold was used since); it runs before the void or cancel changes anything.
 */
export type SaleHook = {
  id: string
  validate?: (sale: SaleHookContext) => Promise<void> | void
  capture: (sale: SaleHookContext & { order_id: string }) => Promise<unknown>
  compensate?: (captured: unknown, context: { container: MedusaContainer }) => Promise<void>
  assertUndoable?: (sale: { container: MedusaContainer; order_id: string }) => Promise<void> | void
}

// On globalThis: a plugin may load its own copy of this module, and must still reach the POS's set.
const KEY = Symbol.for("kassa.pos.sale-hooks")
const hooks = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, SaleHook>

/**
 *   defineSaleHook({ id: "gift-cards",
 *     validate: ({ lines }) => { … refuse a gift card above the limit … },
 *     capture: async ({ container, order_id, lines }) => cardIds,
 *     compensate: async (cardIds, { container }) => { … },
 *     assertUndoable: async ({ container, order_id }) => { … refuse when a card sold was spent … } })
 */
export function defineSaleHook(hook: SaleHook) {
  hooks.set(hook.id, hook)
  return hook
}

export const saleHooks = () => [...hooks.values()]

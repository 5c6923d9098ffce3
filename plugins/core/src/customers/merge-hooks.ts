import type { MedusaContainer } from "@medusajs/framework/types"

/** What a merge hook is told: the customer merged away (`from`), the one kept (`into`), and the merge. */
export type CustomerMergeContext = {
  container: MedusaContainer
  /** The merge's id (`cmrg_…`), the reference of whatever a hook writes for it. */
  merge_id: string
  /** The user id of the manager who merged. */
  merged_by: string
  reason: string
}

/**
 * A plugin's rows that follow a customer into the one kept (installment plans, warranty claims,
 * store credit, …). `merge` moves them and returns what `undo` needs to put every row back as it
 * was; `undo` runs when a later part of the same merge fails, so after it both customers are
 * exactly as before. A hook that moves money moves it through its ledger, never by editing history.
 */
export type CustomerMergeHook<Undo = unknown> = {
  id: string
  merge: (from: string, into: string, ctx: CustomerMergeContext) => Promise<Undo>
  undo: (data: Undo, ctx: CustomerMergeContext) => Promise<void>
}

// On globalThis: a plugin may load its own copy of core's kit, and must still reach the one set.
const KEY = Symbol.for("kassa.core.customer-merge-hooks")
const hooks = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, CustomerMergeHook>

/**
 *   defineCustomerMergeHook({ id: "installments",
 *     merge: async (from, into, { container }) => movedPlanIds,
 *     undo: async (planIds, { container }) => { … back to `from` … } })
 *
 * Registered at boot (a module loader imports the file); hooks run in the order they were
 * defined. Defining an id again replaces it.
 */
export function defineCustomerMergeHook<Undo>(hook: CustomerMergeHook<Undo>) {
  hooks.set(hook.id, hook as CustomerMergeHook)
  return hook
}

/** Takes a hook out (a test's failing hook, once its test is done). */
export function removeCustomerMergeHook(id: string) {
  hooks.delete(id)
}

export const customerMergeHooks = () => [...hooks.values()]

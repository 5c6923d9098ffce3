import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * What must be settled at a branch before it may close, asked of each plugin: the POS refuses
 * while a drawer is open (its cash must be counted in a Z report first). A check returns what
 * stops the close, in words for the manager, or null.
 */
export type BranchCloseCheck = (context: { container: MedusaContainer; stock_location_id: string }) => Promise<string | null>

// On globalThis: a plugin may load its own copy of this module, and must still reach core's set.
const KEY = Symbol.for("kassa.core.branch-close-checks")
const checks = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, BranchCloseCheck>

/**
 *   defineBranchCloseCheck("pos-drawers", async ({ container, stock_location_id }) =>
 *     (await openDrawersAt(container, stock_location_id)).length ? "Counter 1 (R1) has an open drawer: close it first" : null)
 */
export function defineBranchCloseCheck(id: string, check: BranchCloseCheck) {
  checks.set(id, check)
  return check
}

/** Every plugin's objections to closing the branch now (none: it may close). */
export async function branchCloseObjections(container: MedusaContainer, stockLocationId: string): Promise<string[]> {
  const answers = await Promise.all([...checks.values()].map((check) => check({ container, stock_location_id: stockLocationId })))
  return answers.filter((a): a is string => !!a)
}

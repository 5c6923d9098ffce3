import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Where a route finds the branch (stock location id) a request acts on. */
export type BranchFrom = (req: MedusaRequest) => string | string[] | undefined | null | Promise<string | string[] | undefined | null>

export const fromParam = (name: string): BranchFrom => (req) => req.params[name]

export const fromBody = (name: string): BranchFrom => (req) => (req.body as Record<string, string> | undefined)?.[name]

export const fromQuery = (name: string): BranchFrom => (req) => req.query[name] as string | string[] | undefined

/** The counter sends the branch it works at in this header on every request. */
export const fromHeader: BranchFrom = (req) => req.get("x-kassa-branch")

const LOCATION_ID = /^sloc_[0-9A-Za-z]{1,60}$/

/**
 * The branches a request names; guards run before the route's validation, so a branch that is
 * not a stock location id (a string with its prefix, as `ids.location()`) is a 400 here, before any lookup.
 */
export async function branchesOf(req: MedusaRequest, from: BranchFrom): Promise<string[]> {
  const found = await from(req)
  const list: unknown[] = Array.isArray(found) ? found : [found]
  if (list.some((b) => b != null && b !== "" && (typeof b !== "string" || !LOCATION_ID.test(b)))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A branch must be given as a stock location id (sloc_…)")
  }
  return list.filter((b): b is string => typeof b === "string" && b.length > 0)
}

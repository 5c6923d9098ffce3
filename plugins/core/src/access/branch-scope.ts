import type { MedusaRequest } from "@medusajs/framework/http"
import { accessOf } from "./access"

/** The branches a caller may see: every branch, or these (none for staff of no branch). */
export type BranchScope = { all: true } | { all: false; ids: string[] }

/**
 * The branches a list or a figure may show: the one asked for (the route's guard checked the
 * caller works there), else every branch for staff of every branch and API keys, else the
 * caller's own branches.
 */
export async function visibleBranches(req: MedusaRequest, requested?: string): Promise<BranchScope> {
  if (requested) return { all: false, ids: [requested] }
  const access = await accessOf(req)
  return access.allBranches ? { all: true } : { all: false, ids: access.staff?.branch_ids ?? [] }
}

import type { MedusaRequest } from "@medusajs/framework/http"

/** Where a route finds the branch (stock location id) a request acts on. */
export type BranchFrom = (req: MedusaRequest) => string | string[] | undefined | null | Promise<string | string[] | undefined | null>

export const fromParam = (name: string): BranchFrom => (req) => req.params[name]

export const fromBody = (name: string): BranchFrom => (req) => (req.body as Record<string, string> | undefined)?.[name]

export const fromQuery = (name: string): BranchFrom => (req) => req.query[name] as string | string[] | undefined

/** The counter sends the branch it works at in this header on every request. */
export const fromHeader: BranchFrom = (req) => req.get("x-kassa-branch")

export async function branchesOf(req: MedusaRequest, from: BranchFrom): Promise<string[]> {
  const found = await from(req)
  return (Array.isArray(found) ? found : [found]).filter((b): b is string => typeof b === "string" && b.length > 0)
}

import { z } from "@medusajs/framework/zod"

/** A secret key's Kassa access: role names, and its branches or all of them; calls a minute. */
export const ApiKeyAccessSchema = z
  .object({
    roles: z.array(z.string().min(1).max(100)).min(1).max(20),
    branch_ids: z.array(z.string().regex(/^sloc_[0-9A-Za-z]+$/, "must be a stock location id (sloc_…)")).max(200).optional(),
    all_branches: z.boolean().optional(),
    rate_limit_per_minute: z.number().int().min(1).max(100_000).nullable().optional(),
  })
  .strict()
export type ApiKeyAccessType = z.infer<typeof ApiKeyAccessSchema>

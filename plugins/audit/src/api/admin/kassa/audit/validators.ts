import { z } from "@medusajs/framework/zod"

const day = z.coerce.date()

export const AuditFiltersSchema = z.object({
  from: day.optional(),
  to: day.optional(),
  actor_id: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(200).optional(),
  entity_type: z.string().min(1).max(200).optional(),
  entity_id: z.string().min(1).max(200).optional(),
  branch_id: z.string().min(1).max(200).optional(),
  q: z.string().trim().min(2, "must be at least 2 characters").max(100).optional(),
})

export const ListAuditSchema = AuditFiltersSchema.extend({
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})

export const HistorySchema = z.object({
  type: z.enum(["order", "product", "customer"]),
  id: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})

export type AuditFiltersType = z.infer<typeof AuditFiltersSchema>
export type ListAuditType = z.infer<typeof ListAuditSchema>
export type HistoryType = z.infer<typeof HistorySchema>

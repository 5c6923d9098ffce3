import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { GROUPS } from "../../../../sales/sales-report"

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date (YYYY-MM-DD)`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), `${field} must be a real date`)

/** The longest period a report covers in one request (its comparison doubles the read). */
export const MAX_REPORT_DAYS = 3 * 366

export const DashboardSchema = z.object({ branch_id: ids.location().optional() }).strict()
export type DashboardType = z.infer<typeof DashboardSchema>

export const SalesReportSchema = z
  .object({
    branch_id: ids.location().optional(),
    from: day("from").optional(),
    to: day("to").optional(),
    group: z.enum(GROUPS, { error: `group must be one of ${GROUPS.join(", ")}` }).default("day"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to" })
  .refine((q) => !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 < MAX_REPORT_DAYS, {
    message: `from and to must be at most ${MAX_REPORT_DAYS} days apart`,
  })
export type SalesReportType = z.infer<typeof SalesReportSchema>

export const SalesExportSchema = z
  .object({
    branch_id: ids.location().optional(),
    from: day("from").optional(),
    to: day("to").optional(),
    format: z.enum(["csv", "xlsx"], { error: "format must be csv or xlsx" }).default("csv"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to" })
export type SalesExportType = z.infer<typeof SalesExportSchema>

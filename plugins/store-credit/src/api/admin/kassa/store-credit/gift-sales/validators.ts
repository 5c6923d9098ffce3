import { ids, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

const instant = z.iso.datetime({ offset: true, error: "must be a date and time with its offset (2026-12-01T00:00:00+08:00)" })

export const GiftSalesSchema = z
  .object({
    /** Sold at or after this instant. */
    from: instant.optional(),
    /** Sold before this instant. */
    to: instant.optional(),
    location_id: ids.location().optional(),
    product_id: z.string().regex(/^prod_[0-9A-Za-z]{1,60}$/, "must be a product id (prod_…)").optional(),
    /** The staff member who sold it (credited with the sale). */
    staff_id: ids.staff().optional(),
    /** csv: the whole filtered list as a CSV file. */
    format: z.enum(["json", "csv"]).default("json"),
    ...pagination(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), { message: "from must be before to", path: ["to"] })
export type GiftSalesType = z.infer<typeof GiftSalesSchema>

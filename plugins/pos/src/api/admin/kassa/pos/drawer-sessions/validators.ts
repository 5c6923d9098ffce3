import { freeText, ids, money, quantity } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

const amount = money({ allowZero: true })
/** Denomination → count, e.g. { "1000": 2, "20": 5, "0.25": 4 }. */
const denominations = z.record(z.string().regex(/^\d+(\.\d{1,2})?$/, "a denomination is an amount like 1000 or 0.25"), quantity(100_000, 0))

/** The counter asks for its register's open session; the admin's Drawers page pages through a branch's. */
export const ListDrawerSessionsSchema = z.object({
  location_id: ids.location(),
  register_id: ids.register().optional(),
  status: z.enum(["open", "closed"]).optional(),
  /** Sessions opened on or after / before these instants (the page sends the branch's day bounds). */
  opened_from: z.coerce.date().optional(),
  opened_to: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
})

/** The float as a total or counted by denomination (then the total is the count's). */
export const OpenDrawerSchema = z
  .object({ register_id: ids.register(), opening_float: amount.optional(), denominations: denominations.optional() })
  .strict()
  .refine((b) => b.opening_float != null || b.denominations, { message: "Give the opening float (opening_float or denominations)" })

export const CashMovementSchema = z
  .object({ type: z.enum(["in", "out"]), amount: money(), reason: freeText(500, 3) })
  .strict()

export const CloseDrawerSchema = z
  .object({ counted_cash: amount.optional(), denominations: denominations.optional(), note: freeText(1000).optional() })
  .strict()
  .refine((b) => b.counted_cash != null || b.denominations, { message: "Count the cash (counted_cash or denominations)" })

export const DrawerReportSchema = z.object({ format: z.enum(["json", "html", "pdf"]).default("json") })

export type ListDrawerSessionsType = z.infer<typeof ListDrawerSessionsSchema>
export type OpenDrawerType = z.infer<typeof OpenDrawerSchema>
export type CashMovementType = z.infer<typeof CashMovementSchema>
export type CloseDrawerType = z.infer<typeof CloseDrawerSchema>
export type DrawerReportType = z.infer<typeof DrawerReportSchema>

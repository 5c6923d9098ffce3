import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const ScanSchema = z
  .object({
    location_id: ids.location(),
    /** What a scanner typed: barcode, EAN/UPC or SKU. */
    code: z.string().trim().min(1).max(64).optional(),
    /** Words a cashier typed to find an item by name. */
    q: z.string().trim().min(2).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((s) => !!s.code !== !!s.q, { message: "give either code (a scan) or q (a search)" })
export type ScanType = z.infer<typeof ScanSchema>

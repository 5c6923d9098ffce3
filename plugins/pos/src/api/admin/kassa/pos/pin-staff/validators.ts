import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const PinStaffSchema = z.object({
  location_id: ids.location(),
  policy: z.enum(["pos:sell", "pos:override_price", "pos:void", "pos:refund"]),
})

export type PinStaffType = z.infer<typeof PinStaffSchema>

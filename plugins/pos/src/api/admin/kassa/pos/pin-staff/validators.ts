import { z } from "@medusajs/framework/zod"

export const PinStaffSchema = z.object({
  location_id: z.string().min(1),
  policy: z.enum(["pos:sell", "pos:override_price", "pos:void", "pos:refund"]),
})

export type PinStaffType = z.infer<typeof PinStaffSchema>

import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const PinStaffSchema = z.object({
  location_id: ids.location(),
  /** The counter's own (pos:sell, pos:override_price, pos:void, pos:refund) or a plugin's it asks for at the counter. */
  policy: z.string().regex(/^[a-z][a-z_-]*:[a-z][a-z_]*$/, "must be a policy name (resource:operation)"),
})

export type PinStaffType = z.infer<typeof PinStaffSchema>

import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const CashierSwitchSchema = z
  .object({ location_id: ids.location(), staff_id: ids.staff(), pin: z.string().regex(/^\d{4,6}$/, "must be 4 to 6 digits") })
  .strict()

export type CashierSwitchType = z.infer<typeof CashierSwitchSchema>

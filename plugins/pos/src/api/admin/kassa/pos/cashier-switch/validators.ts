import { z } from "@medusajs/framework/zod"

export const CashierSwitchSchema = z
  .object({ location_id: z.string().min(1), staff_id: z.string().min(1), pin: z.string().regex(/^\d{4,6}$/, "must be 4 to 6 digits") })
  .strict()

export type CashierSwitchType = z.infer<typeof CashierSwitchSchema>

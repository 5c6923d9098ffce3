import { z } from "@medusajs/framework/zod"

export const CommissionsSchema = z.object({
  location_id: z.string().min(1),
  staff_member_id: z.string().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
})

export type CommissionsType = z.infer<typeof CommissionsSchema>

import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const CommissionsSchema = z.object({
  location_id: ids.location(),
  staff_member_id: ids.staff().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
})

export type CommissionsType = z.infer<typeof CommissionsSchema>

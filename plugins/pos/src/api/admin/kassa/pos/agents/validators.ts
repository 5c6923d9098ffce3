import { ids } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

export const ListAgentsSchema = z.object({ location_id: ids.location() })

export type ListAgentsType = z.infer<typeof ListAgentsSchema>

import { z } from "@medusajs/framework/zod"
import { ids } from "../../../../validation/schemas"

/** A file uploaded through Medusa's `POST /admin/uploads` (its id). */
export const SetLogoSchema = z.object({ file_id: z.string().trim().min(1).max(100) }).strict()
export type SetLogoType = z.infer<typeof SetLogoSchema>

/** With a branch: also the logo it prints (its own or the store's). */
export const GetBrandingSchema = z.object({ location_id: ids.location().optional() }).strict()

import { z } from "@medusajs/framework/zod"

/** `file_id`: a file uploaded through Medusa's File module (`POST /admin/uploads`); null removes the logo. */
export const SaveLogoSchema = z
  .object({
    file_id: z
      .string({ error: "must be the id of an uploaded file (POST /admin/uploads), or null to remove the logo" })
      .trim()
      .min(1, "must be the id of an uploaded file")
      .max(500, "must be the id of an uploaded file")
      .nullable(),
  })
  .strict()
export type SaveLogoType = z.infer<typeof SaveLogoSchema>

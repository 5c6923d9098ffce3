import { z } from "@medusajs/framework/zod"
import { GS1_PREFIX } from "../../../../../barcodes/numbering"

export const SaveBarcodeSettingsSchema = z
  .object({
    gs1_prefix: z
      .string({ error: "must be the store's GS1 company prefix (digits) or null for internal codes" })
      .trim()
      .regex(GS1_PREFIX, "must be the store's GS1 company prefix: 3 to 11 digits (e.g. 480), or null for internal codes (prefix 2)")
      .nullable()
      .optional(),
    assign_on_create: z.boolean({ error: "must be true or false" }).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "Send gs1_prefix or assign_on_create" })
export type SaveBarcodeSettingsType = z.infer<typeof SaveBarcodeSettingsSchema>

import { z } from "@medusajs/framework/zod"
import { freeText } from "../../../../validation/schemas"

const TIMEZONES = new Set(Intl.supportedValuesOf("timeZone"))
const text = freeText(500).nullable().optional()

export const PostBranchSchema = z
  .object({
    code: z.string().regex(/^[A-Z0-9]{2,6}$/, "must be 2 to 6 capital letters or digits, e.g. MNL").optional(),
    address: text,
    phone: text,
    tax_id: text,
    receipt_header: freeText(2000).nullable().optional(),
    receipt_footer: freeText(2000).nullable().optional(),
    timezone: z
      .string()
      .max(64)
      .refine((tz) => TIMEZONES.has(tz), "is not an IANA time zone such as Asia/Manila")
      .optional(),
  })
  .strict()
export type PostBranchType = z.infer<typeof PostBranchSchema>

export const PostRegisterSchema = z
  .object({
    name: freeText(100, 1),
    code: z.string().regex(/^[A-Z0-9-]{1,10}$/, "must be 1 to 10 capital letters, digits or dashes, e.g. R1"),
    is_active: z.boolean().optional(),
  })
  .strict()
export type PostRegisterType = z.infer<typeof PostRegisterSchema>

export const UpdateRegisterSchema = PostRegisterSchema.partial().strict()
export type UpdateRegisterType = z.infer<typeof UpdateRegisterSchema>

export const PostPluginSwitchSchema = z.object({ plugin: z.string().min(1).max(60), enabled: z.boolean() }).strict()
export type PostPluginSwitchType = z.infer<typeof PostPluginSwitchSchema>

export const CloseBranchSchema = z.object({ reason: freeText(500, 1) }).strict()
export type CloseBranchType = z.infer<typeof CloseBranchSchema>

/** Reopening takes no input. */
export const ReopenBranchSchema = z.object({}).strict()

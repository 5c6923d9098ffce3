import { z } from "@medusajs/framework/zod"
import { freeText } from "../../../../validation/schemas"

// Types and bounds only: the rules (PIN digits, limits, known roles) live in the staff module, one place.
const details = {
  roles: z.array(z.string().max(60)).max(50),
  branch_ids: z.array(z.string().max(100)).max(500),
  all_branches: z.boolean(),
  phone: freeText(50).nullable(),
  hire_date: z.string().max(30).nullable(),
  avatar_url: z.string().max(2000).url().nullable(),
  commission_rate: z.number().min(-1000).max(1000).nullable(),
  pin: z.string().max(20).nullable(),
}

export const PostStaffSchema = z
  .object({
    user_id: z.string().max(100).optional(),
    login: z
      .object({
        email: z.string().max(200).email(),
        password: z.string().min(8, "must be at least 8 characters").max(200),
        first_name: freeText(100).optional(),
        last_name: freeText(100).optional(),
      })
      .strict()
      .optional(),
    ...details,
    branch_ids: details.branch_ids.default([]),
    all_branches: details.all_branches.optional(),
    phone: details.phone.optional(),
    hire_date: details.hire_date.optional(),
    avatar_url: details.avatar_url.optional(),
    commission_rate: details.commission_rate.optional(),
    pin: details.pin.optional(),
  })
  .strict()
  .refine((s) => !!s.user_id !== !!s.login, { message: "give either user_id (an existing user) or login (a new one)" })
export type PostStaffType = z.infer<typeof PostStaffSchema>

export const UpdateStaffSchema = z
  .object({ ...details, is_active: z.boolean() })
  .partial()
  .strict()
export type UpdateStaffType = z.infer<typeof UpdateStaffSchema>

export const PostPinSchema = z.object({ pin: z.string().max(20).nullable() }).strict()
export type PostPinType = z.infer<typeof PostPinSchema>

export const VerifyPinSchema = z
  .object({ staff_id: z.string().max(100), pin: z.string().max(20), policy: z.string().max(100).optional(), branch_id: z.string().max(100).optional() })
  .strict()
export type VerifyPinType = z.infer<typeof VerifyPinSchema>

export const ResetSecondFactorSchema = z.object({ reason: freeText(500, 5) }).strict()
export type ResetSecondFactorType = z.infer<typeof ResetSecondFactorSchema>

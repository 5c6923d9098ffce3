import { z } from "@medusajs/framework/zod"

// Types only: the rules (PIN digits, limits, known roles) live in the staff module, one place.
const details = {
  roles: z.array(z.string()),
  branch_ids: z.array(z.string()),
  all_branches: z.boolean(),
  phone: z.string().max(50).nullable(),
  hire_date: z.string().nullable(),
  avatar_url: z.string().url().nullable(),
  commission_rate: z.number().nullable(),
  pin: z.string().nullable(),
}

export const PostStaffSchema = z
  .object({
    user_id: z.string().optional(),
    login: z
      .object({
        email: z.string().email(),
        password: z.string().min(8, "must be at least 8 characters"),
        first_name: z.string().optional(),
        last_name: z.string().optional(),
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

export const PostPinSchema = z.object({ pin: z.string().nullable() }).strict()
export type PostPinType = z.infer<typeof PostPinSchema>

export const VerifyPinSchema = z
  .object({ staff_id: z.string(), pin: z.string(), policy: z.string().optional(), branch_id: z.string().optional() })
  .strict()
export type VerifyPinType = z.infer<typeof VerifyPinSchema>
